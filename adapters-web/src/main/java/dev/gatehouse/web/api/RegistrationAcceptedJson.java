package dev.gatehouse.web.api;

import dev.gatehouse.domain.user.RegistrationToken;

/**
 * The one answer to a registration where addresses must be proven, alike for a new and a taken
 * address: {@code registration} is to be sent along with the code ({@code POST /api/login-codes/verify})
 * to keep the password just chosen.
 */
public record RegistrationAcceptedJson(String detail, String registration) {

    static final String DETAIL = "If the address can be registered, a code to confirm it is on its way. "
            + "Enter it with the registration token to sign in and keep your password.";

    static RegistrationAcceptedJson of(RegistrationToken token) {
        return new RegistrationAcceptedJson(DETAIL, token.value());
    }
}
