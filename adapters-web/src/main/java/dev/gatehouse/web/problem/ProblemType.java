package dev.gatehouse.web.problem;

import jakarta.ws.rs.core.Response;

/**
 * The kinds of problem this service reports. Types are URNs: stable identifiers clients can switch
 * on, without pretending to be documentation pages that may not exist.
 */
public enum ProblemType {
    VALIDATION_FAILED("validation-failed", "Invalid input", 422),
    MALFORMED_REQUEST("malformed-request", "Malformed request", 400),
    INVALID_PASSKEY("invalid-passkey", "Passkey not accepted", 400),
    INVALID_CREDENTIALS("invalid-credentials", "Sign-in failed", 401),
    INVALID_CODE("invalid-code", "Code not accepted", 401),
    INVALID_SECOND_FACTOR("invalid-second-factor", "Second factor not accepted", 401),
    UNAUTHENTICATED("unauthenticated", "Authentication required", 401),
    CSRF_TOKEN_INVALID("csrf-token-invalid", "CSRF token missing or invalid", 403),
    FORBIDDEN("forbidden", "Forbidden", 403),
    REAUTHENTICATION_REQUIRED("reauthentication-required", "Reauthentication required", 403),
    SECOND_FACTOR_ENROLMENT_REQUIRED("second-factor-enrolment-required", "Second factor required", 403),
    EMAIL_UNVERIFIED("email-unverified", "Address not confirmed", 403),
    ACCOUNT_DISABLED("account-disabled", "Account disabled", 403),
    CROSS_ORIGIN_REFUSED("cross-origin-refused", "Cross-origin request refused", 403),
    FREE_READS_SPENT("free-reads-spent", "Free reads used up", 402),
    NOT_FOUND("not-found", "Not found", 404),
    EMAIL_TAKEN("email-taken", "Email already registered", 409),
    LAST_ADMIN("last-admin", "Last administrator", 409),
    ACCOUNT_PENDING("account-pending", "Account pending", 409),
    SECOND_FACTOR_STATE("second-factor-state", "Second factor not in that state", 409),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    TOO_MANY_ATTEMPTS("too-many-attempts", "Too many attempts", 429),
    BUSY("busy", "Service busy", 503),
    UNAVAILABLE("unavailable", "Service unavailable", 503),
    INTERNAL("internal-error", "Internal server error", 500);

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return "urn:gatehouse:problem:" + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    public Response.ResponseBuilder response(String detail) {
        return response(detail, null);
    }

    public Response.ResponseBuilder response(String detail, java.util.List<FieldError> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(uri(), title, status, detail, errors));
    }
}
