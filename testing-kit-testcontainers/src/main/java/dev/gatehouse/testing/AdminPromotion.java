package dev.gatehouse.testing;

/**
 * Makes an account an administrator the way an operator does, with the app's {@code create-admin}
 * command: in this JVM for the extension, inside the container for {@link GatehouseContainer}.
 */
@FunctionalInterface
interface AdminPromotion {

    void promote(String email);
}
