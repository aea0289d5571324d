package dev.gatehouse.domain.shared;

/**
 * A request the domain refuses because it breaks one of its rules. Subclasses are specific so the
 * adapters can answer each one precisely (422, 409, ...) without parsing messages.
 */
public abstract class DomainRuleViolation extends RuntimeException {

    protected DomainRuleViolation(String message) {
        super(message, null, false, false);
    }
}
