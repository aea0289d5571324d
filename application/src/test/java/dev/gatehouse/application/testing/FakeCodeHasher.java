package dev.gatehouse.application.testing;

import dev.gatehouse.application.port.out.CodeHasher;
import dev.gatehouse.domain.code.CodeHash;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Unkeyed, which is fine for tests: the property under test is only that equal inputs hash equally. */
public final class FakeCodeHasher implements CodeHasher {

    @Override
    public CodeHash hash(UserId user, CodePurpose purpose, OneTimeCode code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (user + "|" + purpose.id() + "|" + code.digits()).getBytes(StandardCharsets.UTF_8));
            return new CodeHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
