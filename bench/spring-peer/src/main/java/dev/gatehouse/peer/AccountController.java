package dev.gatehouse.peer;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
public class AccountController {

    private static final int MIN_PASSWORD_LENGTH = 8;

    private final JdbcUserDetailsManager users;
    private final PasswordEncoder passwordEncoder;

    public AccountController(JdbcUserDetailsManager users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    public record Registration(String email, String password) {
    }

    public record Account(String email) {
    }

    @PostMapping("/api/users")
    @ResponseStatus(HttpStatus.CREATED)
    public Account register(@RequestBody Registration registration) {
        String email = registration.email() == null ? "" : registration.email().trim().toLowerCase();
        if (!email.contains("@") || registration.password() == null
                || registration.password().length() < MIN_PASSWORD_LENGTH) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "an email address and a password of 8 characters or more");
        }
        if (users.userExists(email)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "already registered");
        }
        users.createUser(User.withUsername(email)
                .password(passwordEncoder.encode(registration.password()))
                .roles("USER")
                .build());
        return new Account(email);
    }
}
