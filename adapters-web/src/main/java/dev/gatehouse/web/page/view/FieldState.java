package dev.gatehouse.web.page.view;

/** How a form field is rendered: the value typed (never a password), and whether it is in error or gets focus. */
public record FieldState(String value, boolean invalid, boolean autofocus) {
}
