package dev.gatehouse.web.page;

import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.user.BrowserTimezone;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.InvalidEmailAddressException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a form's raw fields into domain values, collecting every field's error so all show at once. */
final class SubmittedFields {

    private final List<FormErrors.Item> errors = new ArrayList<>();

    EmailAddress email(String raw) {
        try {
            return EmailAddress.of(raw == null ? "" : raw);
        } catch (InvalidEmailAddressException invalid) {
            errors.add(new FormErrors.Item("email", invalid.getMessage()));
            return null;
        }
    }

    ClearTextPassword password(String raw) {
        if (raw == null || raw.isEmpty()) {
            errors.add(new FormErrors.Item("password", "Password is required"));
            return null;
        }
        return new ClearTextPassword(raw);
    }

    /** Six digits, as the mail shows them; spaces around them are forgiven, as the API forgives them. */
    OneTimeCode code(String raw) {
        Optional<OneTimeCode> code = OneTimeCode.parseEntered(raw);
        if (code.isEmpty()) {
            errors.add(new FormErrors.Item("code", OneTimeCode.ENTRY_RULE));
        }
        return code.orElse(null);
    }

    /** The browser's time zone, as our script fills it in. */
    static Optional<ZoneId> timezone(String raw) {
        return BrowserTimezone.parse(raw);
    }

    /** A time zone to carry along in a hidden field: only one that {@link #timezone} accepts. */
    static String keptTimezone(String raw) {
        return timezone(raw).map(ZoneId::getId).orElse("");
    }

    boolean anyInvalid() {
        return !errors.isEmpty();
    }

    FormRefusal refusal() {
        return FormRefusal.invalid(FormErrors.onFields(errors));
    }
}
