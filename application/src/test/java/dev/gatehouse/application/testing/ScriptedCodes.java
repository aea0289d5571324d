package dev.gatehouse.application.testing;

import dev.gatehouse.application.port.out.CodeGenerator;
import dev.gatehouse.domain.code.OneTimeCode;
import java.util.ArrayDeque;
import java.util.Deque;

/** Hands out the codes a test lists, in order, then counts up from 100000. */
public final class ScriptedCodes implements CodeGenerator {

    private final Deque<String> scripted = new ArrayDeque<>();
    private int next = 100_000;

    public ScriptedCodes(String... codes) {
        scripted.addAll(java.util.List.of(codes));
    }

    @Override
    public synchronized OneTimeCode newCode() {
        return scripted.isEmpty() ? OneTimeCode.fromNumber(next++) : new OneTimeCode(scripted.poll());
    }
}
