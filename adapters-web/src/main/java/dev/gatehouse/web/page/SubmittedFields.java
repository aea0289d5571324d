package dev.gatehouse.web.page;

import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.InvalidEmailAddressException;
import java.util.ArrayList;
import java.util.List;

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

    boolean anyInvalid() {
        return !errors.isEmpty();
    }

    FormRefusal refusal() {
        return FormRefusal.invalid(FormErrors.onFields(errors));
    }
}
