package dev.gatehouse.testing;

/** Gatehouse answered a request of the {@link GatehouseClient} with an unexpected status. */
public final class GatehouseRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String body;

    GatehouseRequestException(String request, int status, String body) {
        super(request + " answered " + status + ": " + body);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    /** The answer's body, usually an {@code application/problem+json} document. */
    public String body() {
        return body;
    }
}
