package dev.gatehouse.web.api;

import java.util.List;

/** One page of the admin user list and how many users match in all. */
public record UserPageJson(List<UserJson> items, int total) {
}
