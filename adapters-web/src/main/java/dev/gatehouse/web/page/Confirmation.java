package dev.gatehouse.web.page;

import dev.gatehouse.web.page.view.ConfirmView;
import dev.gatehouse.web.page.view.FormErrors;
import dev.gatehouse.web.page.view.FormErrorsFragment;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A destructive post (ending a session, disabling an account, removing a role) acts only when it
 * carries {@code confirmed=yes}. Without it the answer is the question: a confirmation page that
 * posts again with the field, or for htmx (whose dialog adds the field, so this is a request made
 * some other way) the question in the form's error region, 409, and nothing done.
 */
public final class Confirmation {

    public static final String FIELD = "confirmed";
    public static final String GIVEN = "yes";

    private Confirmation() {
    }

    public static boolean given(String confirmed) {
        return GIVEN.equals(confirmed);
    }

    /** For posts that may come without a form body at all (then unconfirmed, never a 500). */
    public static boolean given(ContainerRequestContext request) {
        return PostedField.of(request, FIELD).filter(GIVEN::equals).isPresent();
    }

    public static Response ask(HttpHeaders headers, ConfirmView page) {
        if (Htmx.requested(headers)) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(new FormErrorsFragment(FormErrors.general(page.question()))).build();
        }
        return Response.ok(page).build();
    }
}
