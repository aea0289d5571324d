package dev.gatehouse.application.service.session;

/** How an account proved who it is; the audit trail names it in its details. */
public enum SignInMethod {
    PASSWORD("password"),
    CODE("code");

    private final String id;

    SignInMethod(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The detail of a refused sign-in: the method and the class of reason, never what was typed. */
    public String failure(String reason) {
        return id + ": " + reason;
    }
}
