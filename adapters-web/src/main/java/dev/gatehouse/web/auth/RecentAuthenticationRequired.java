package dev.gatehouse.web.auth;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a sensitive action (changing the password, the address, the factors, roles or status;
 * deleting the account): it needs an authentication within {@code security.recentAuthentication}.
 * The API answers 403 {@code urn:gatehouse:problem:reauthentication-required}
 * ({@link RecentAuthenticationFilter}); a page sends the browser to re-authenticate and come back.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RecentAuthenticationRequired {
}
