package dev.gatehouse.testing;

/**
 * Empties a running Gatehouse of everything tests left in it (accounts, sessions, codes, throttle
 * counts, the audit trail), keeping its schema: for one Gatehouse shared by the test classes of a run.
 */
@FunctionalInterface
interface DataReset {

    void reset();
}
