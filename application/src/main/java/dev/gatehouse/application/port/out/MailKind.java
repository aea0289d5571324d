package dev.gatehouse.application.port.out;

/**
 * The messages Gatehouse sends; each has its own subject and wording. A code mail carries a
 * one-time code; a notice tells the owner of an address what happened to their account.
 */
public enum MailKind {
    SIGN_IN_CODE(true),
    PASSWORD_RESET_CODE(true),
    /** After a registration: the code proves the address and signs the registrant in. */
    ADDRESS_CONFIRMATION_CODE(true),
    /** To the new address of a change: the code confirms the change. */
    EMAIL_CHANGE_CODE(true),
    /** To the owner of an address someone tried to register again. */
    REGISTRATION_ATTEMPT(false),
    /** A password set before the address was proven was removed when its owner proved it. */
    UNPROVEN_PASSWORD_REMOVED(false),
    /** To the old address: a change to another address was asked for. */
    EMAIL_CHANGE_REQUESTED(false),
    /** To the owner of an address someone tried to move another account to. */
    EMAIL_CHANGE_BLOCKED(false),
    /** To the old address: the account now uses another address. */
    EMAIL_CHANGED(false),
    ACCOUNT_DELETED(false),
    PASSWORD_CHANGED(false),
    NEW_BROWSER_SIGN_IN(false);

    private final boolean carriesCode;

    MailKind(boolean carriesCode) {
        this.carriesCode = carriesCode;
    }

    public boolean carriesCode() {
        return carriesCode;
    }
}
