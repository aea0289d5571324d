package dev.gatehouse.application.port.out;

/** What {@link IssuedCodes#judge} decided about an entered code. */
public enum CodeVerdict {
    /** It matched a live code, which is now used up: no other caller can be accepted with it. */
    ACCEPTED,
    /** It matched none; the attempt was counted against every live code. */
    WRONG,
    /** There was no live code to compare it with: none issued, expired, used, or out of attempts. */
    NO_LIVE_CODE
}
