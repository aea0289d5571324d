package dev.gatehouse.web.http;

import dev.gatehouse.web.problem.ProblemType;
import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses bodies over the limit with 413: at once when {@code Content-Length} says so, and while
 * reading when the body is chunked. Nothing oversized is ever parsed, let alone hashed.
 *
 * <p>A declared body up to {@link #DRAIN_FACTOR} times the limit is read to its end (and dropped)
 * before the refusal. Otherwise the server closes the connection while the client is still sending,
 * and the TCP reset that follows can destroy the 413 before the client reads it: the client sees a
 * broken connection instead of the reason. Larger bodies are cut off at once. With the 64 KiB limit
 * that drains up to 2 MiB, which covers the sizes a confused client sends (a file pasted as a
 * password); reading it costs the server far less than any request it answers.
 */
@PreMatching
@Priority(10)
public final class BodySizeLimitFilter implements ContainerRequestFilter {

    static final int DRAIN_FACTOR = 32;
    private static final int DRAIN_BUFFER_BYTES = 8192;

    private final long maxBytes;

    public BodySizeLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            if (request.getLength() <= maxBytes * DRAIN_FACTOR) {
                drain(request.getEntityStream());
            }
            throw tooLarge();
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), maxBytes));
        }
    }

    private static void drain(InputStream body) {
        byte[] buffer = new byte[DRAIN_BUFFER_BYTES];
        try {
            while (body.read(buffer) >= 0) {
                // dropped: only the end of the body matters
            }
        } catch (IOException e) {
            // The client gave up sending; the refusal stands either way.
        }
    }

    private WebApplicationException tooLarge() {
        return new WebApplicationException(ProblemType.PAYLOAD_TOO_LARGE
                .response("Request bodies may be at most " + maxBytes + " bytes")
                .build());
    }

    private final class LimitedInputStream extends FilterInputStream {

        private long remaining;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            remaining -= n;
            if (remaining < 0) {
                throw tooLarge();
            }
        }
    }
}
