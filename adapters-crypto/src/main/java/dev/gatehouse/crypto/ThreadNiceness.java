package dev.gatehouse.crypto;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Lowers the scheduling priority ("nice" value) of the calling thread on Linux, where each thread
 * has its own. Raising the value needs no privilege; lowering it again would, so a thread lowered
 * here stays lowered: only threads made for that purpose should call this.
 */
final class ThreadNiceness {

    private static final int PRIO_PROCESS = 0;
    private static final Path THREAD_SELF = Path.of("/proc/thread-self");

    private ThreadNiceness() {
    }

    private interface LibC extends Library {
        int setpriority(int which, int who, int priority);
    }

    /** @return whether the calling thread now has this nice value (false on other systems, or if refused) */
    static boolean lowerCallingThreadTo(int nice) {
        if (!Platform.isLinux()) {
            return false;
        }
        try {
            // /proc/thread-self links to <pid>/task/<tid>: the kernel id of this very thread.
            int tid = Integer.parseInt(Files.readSymbolicLink(THREAD_SELF).getFileName().toString());
            return Native.load("c", LibC.class).setpriority(PRIO_PROCESS, tid, nice) == 0;
        } catch (IOException | RuntimeException | LinkageError unavailable) {
            return false;
        }
    }

    /** The calling thread's nice value as the kernel reports it, for checks. */
    static int ofCallingThread() throws IOException {
        String stat = Files.readString(THREAD_SELF.resolve("stat"));
        // Fields after the command name, which is in parentheses and may hold spaces: nice is field 19.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(fields[19 - 3]);
    }
}
