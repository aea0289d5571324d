package dev.gatehouse.application.port.in.article;

/** The session has read as many articles as it may for free. */
public final class FreeReadsSpentException extends RuntimeException {

    private final int freeReads;

    public FreeReadsSpentException(int freeReads) {
        super("The free reads of this session are spent", null, false, false);
        this.freeReads = freeReads;
    }

    public int freeReads() {
        return freeReads;
    }
}
