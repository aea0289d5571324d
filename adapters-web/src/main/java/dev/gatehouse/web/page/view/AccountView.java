package dev.gatehouse.web.page.view;

import dev.gatehouse.application.port.in.passkey.PasskeySummary;
import dev.gatehouse.domain.user.User;
import java.util.List;
import java.util.Optional;

/**
 * The Account page: the address, the ways to the password and sessions pages, and the
 * change-of-address form, empty or again with the address typed and every reason it was refused
 * (never the password).
 */
public final class AccountView extends PageView {

    private final String csrfToken;
    private final String email;
    private final boolean hasPassword;
    private final FormErrors errors;
    private final FieldState newEmail;
    private final FieldState password;
    private List<PasskeyRow> passkeys = List.of();

    /** One of the account's passkeys as listed, with the form that removes it. */
    public record PasskeyRow(String id, String name, ShownTime addedAt, Optional<ShownTime> lastUsedAt) {

        public static PasskeyRow of(PasskeySummary passkey, User viewer) {
            return new PasskeyRow(passkey.id().toString(), passkey.name().value(),
                    ShownTime.of(passkey.createdAt(), viewer), passkey.lastUsedAt().map(at -> ShownTime.of(at, viewer)));
        }
    }

    public AccountView(Layout layout, String csrfToken, String email, boolean hasPassword, String newEmail,
                       FormErrors errors) {
        super("account.mustache", "Your account", layout);
        this.csrfToken = csrfToken;
        this.email = email;
        this.hasPassword = hasPassword;
        this.errors = errors;
        this.newEmail = errors.field("new_email", newEmail);
        this.password = errors.field("password", "");
    }

    public AccountView withPasskeys(List<PasskeyRow> passkeys) {
        this.passkeys = List.copyOf(passkeys);
        return this;
    }

    public List<PasskeyRow> passkeys() {
        return passkeys;
    }

    public boolean hasPasskeys() {
        return !passkeys.isEmpty();
    }

    public String csrfToken() {
        return csrfToken;
    }

    public String email() {
        return email;
    }

    public boolean hasPassword() {
        return hasPassword;
    }

    public FormErrors errors() {
        return errors;
    }

    public FieldState newEmail() {
        return newEmail;
    }

    public FieldState password() {
        return password;
    }
}
