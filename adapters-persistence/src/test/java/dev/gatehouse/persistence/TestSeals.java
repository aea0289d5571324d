package dev.gatehouse.persistence;

import java.util.Arrays;

/** Code seals under fixed test keys. */
final class TestSeals {

    private TestSeals() {
    }

    /** The seal the outbox tests use; a key of 32 bytes of {@code keyByte}. */
    static CodeSeal underKey(int keyByte) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) keyByte);
        return new CodeSeal(key);
    }

    static CodeSeal standard() {
        return underKey(7);
    }
}
