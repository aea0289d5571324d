package dev.gatehouse.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The {@code Set-Cookie} values of an answer, by cookie name: a sign-in sets two cookies. */
public final class SetCookies {

    private SetCookies() {
    }

    /** The value setting {@code name}, or null when the answer does not set it. */
    public static String of(Response response, String name) {
        List<Object> values = response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
        return values.stream().map(String::valueOf).filter(value -> value.startsWith(name + "=")).findFirst().orElse(null);
    }

    public static String session(Response response) {
        return of(response, "__Host-gh_session");
    }
}
