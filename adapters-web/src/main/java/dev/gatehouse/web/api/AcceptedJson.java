package dev.gatehouse.web.api;

/** The one answer to a code request, identical whether or not the address has an account. */
public record AcceptedJson(String detail) {

    static final AcceptedJson CODE_REQUESTED =
            new AcceptedJson("If the address can receive one, a code is on its way. It is valid for a few minutes.");
}
