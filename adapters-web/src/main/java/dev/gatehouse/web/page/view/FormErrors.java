package dev.gatehouse.web.page.view;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What was wrong with a form submission, as messages a person can act on, and which field the
 * cursor should go to. An error that belongs to no field (wrong credentials, throttling) has the
 * field name {@code ""}.
 */
public final class FormErrors {

    /** One message, and the form field it is about ({@code ""} for the form as a whole). */
    public record Item(String field, String message) {
    }

    private static final FormErrors NONE = new FormErrors(List.of(), "");

    private final List<Item> items;
    private final String focus;

    private FormErrors(List<Item> items, String focus) {
        this.items = List.copyOf(items);
        this.focus = Objects.requireNonNull(focus);
    }

    public static FormErrors none() {
        return NONE;
    }

    /** Errors on fields; the first field gets the focus. */
    public static FormErrors onFields(List<Item> items) {
        return new FormErrors(items, items.isEmpty() ? "" : items.get(0).field());
    }

    public static FormErrors onField(String field, String message) {
        return onFields(List.of(new Item(field, message)));
    }

    public static FormErrors general(String message) {
        return new FormErrors(List.of(new Item("", message)), "");
    }

    public FormErrors focusing(String field) {
        return new FormErrors(items, field);
    }

    public boolean any() {
        return !items.isEmpty();
    }

    public List<Item> items() {
        return items;
    }

    /** Space-separated names of the fields in error: htmx swaps only the messages, so our script marks these. */
    public String invalidFields() {
        return items.stream().map(Item::field).filter(field -> !field.isEmpty()).distinct()
                .collect(Collectors.joining(" "));
    }

    public String focus() {
        return focus;
    }

    FieldState field(String name, String value) {
        boolean invalid = items.stream().anyMatch(item -> item.field().equals(name));
        return new FieldState(value == null ? "" : value, invalid, name.equals(focus));
    }
}
