package dev.gatehouse.application.port.out;

/** The messages Gatehouse sends; each has its own subject and wording. */
public enum MailKind {
    SIGN_IN_CODE,
    PASSWORD_RESET_CODE
}
