package dev.gatehouse.web.page;

/** What pages show from the configuration: the service's name, and the password length to ask for. */
public record PageSettings(String serviceName, int passwordMinLength) {
}
