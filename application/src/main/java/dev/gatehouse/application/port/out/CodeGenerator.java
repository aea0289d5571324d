package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.code.OneTimeCode;

/** Six uniformly random digits from a cryptographically secure source. */
public interface CodeGenerator {

    OneTimeCode newCode();
}
