package dev.gatehouse.application.port.in.maintenance;

/** Run periodically, on one node at a time: removes what can no longer be used. */
public interface PurgeExpiredDataUseCase {

    PurgeReport purgeExpired();

    record PurgeReport(int sessions, int codes, int codeFailures, int pendingAccounts, int auditEvents, int attemptCounters,
                       int emailChanges, int sessionRevocations) {
    }
}
