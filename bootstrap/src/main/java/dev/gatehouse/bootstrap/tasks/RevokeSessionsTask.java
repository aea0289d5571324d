package dev.gatehouse.bootstrap.tasks;

import static dev.gatehouse.application.port.in.admin.SignOutEverywhereCommand.byOperator;

import dev.gatehouse.application.port.in.admin.SignOutUserEverywhereUseCase;
import dev.gatehouse.application.port.in.admin.SignOutUserEverywhereUseCase.RevokedSessions;
import dev.gatehouse.application.port.in.admin.UserNotFoundException;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.InvalidEmailAddressException;
import dev.gatehouse.domain.user.UserId;
import io.dropwizard.servlets.tasks.Task;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /tasks/revoke-sessions?id=<user id>} or {@code ?email=<address>} on the admin port:
 * ends every session of that account at once. Bad or unknown input fails the task with the reason
 * (Dropwizard's task servlet answers every failed task with 500 and its message).
 */
public final class RevokeSessionsTask extends Task {

    public static final String NAME = "revoke-sessions";
    static final String ID = "id";
    static final String EMAIL = "email";
    private static final Logger LOG = LoggerFactory.getLogger(RevokeSessionsTask.class);

    private final SignOutUserEverywhereUseCase revokeAll;

    public RevokeSessionsTask(SignOutUserEverywhereUseCase revokeAll) {
        super(NAME);
        this.revokeAll = revokeAll;
    }

    @Override
    public void execute(Map<String, List<String>> parameters, PrintWriter output) {
        List<String> ids = parameters.getOrDefault(ID, List.of());
        List<String> emails = parameters.getOrDefault(EMAIL, List.of());
        if (ids.size() + emails.size() != 1) {
            throw new IllegalArgumentException("Name one account: either id=<user id> or email=<address>");
        }
        RevokedSessions revoked = ids.isEmpty()
                ? revoke("email " + emails.get(0), () -> revokeAll.signOutEverywhere(byOperator(email(emails.get(0)))))
                : revoke("id " + ids.get(0), () -> revokeAll.signOutEverywhere(byOperator(id(ids.get(0)))));
        LOG.info("Ended all {} sessions of user {} on the admin port", revoked.count(), revoked.user().id());
        output.printf("Ended %d sessions of %s (id %s)%n",
                revoked.count(), revoked.user().email().value(), revoked.user().id());
    }

    private static RevokedSessions revoke(String named, Supplier<RevokedSessions> revocation) {
        try {
            return revocation.get();
        } catch (UserNotFoundException unknown) {
            throw new IllegalArgumentException("No account has the " + named);
        }
    }

    private static UserId id(String raw) {
        try {
            return UserId.parse(raw.strip());
        } catch (IllegalArgumentException notAnId) {
            throw new IllegalArgumentException("id must be a user id (a UUID)");
        }
    }

    private static EmailAddress email(String raw) {
        try {
            return EmailAddress.of(raw);
        } catch (InvalidEmailAddressException invalid) {
            throw new IllegalArgumentException("email: " + invalid.getMessage());
        }
    }
}
