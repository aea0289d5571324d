package dev.gatehouse.application.port.out;

import java.time.Instant;
import java.util.List;

/**
 * The revocation feed: an append-only log of ended sessions and changed accounts, in the order the
 * database numbered them, which every node reads to drop its cached copies of what ended elsewhere.
 */
public interface SessionRevocations {

    /** Posts {@code revocation}; inside a transaction, with it (it is seen only if the revocation commits). */
    void post(Revocation revocation);

    /** The position of the newest entry, 0 when there is none: where a node that starts begins to read. */
    long latestPosition();

    /**
     * Up to {@code limit} committed entries above {@code position}, lowest first. Positions are
     * numbered when posted but seen when committed, so a lower one may still appear later.
     */
    List<Posted> after(long position, int limit);

    /** Deletes entries posted before {@code cutoff}. @return how many */
    int removePostedBefore(Instant cutoff);

    /** One entry of the feed. */
    record Posted(long position, Revocation revocation) {
    }
}
