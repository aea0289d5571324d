package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.code.CodeHash;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.user.UserId;

/** A keyed hash of a code, bound to its user and purpose so a stored hash fits no other row. */
public interface CodeHasher {

    CodeHash hash(UserId user, CodePurpose purpose, OneTimeCode code);
}
