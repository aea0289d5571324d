package dev.gatehouse.application.port.in.admin;

import dev.gatehouse.domain.user.User;
import java.util.List;

/** The accounts of one page, and how many accounts match the query in all. */
public record UserPage(List<User> items, int total) {

    public UserPage {
        items = List.copyOf(items);
    }
}
