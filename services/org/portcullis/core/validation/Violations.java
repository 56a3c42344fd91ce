package org.portcullis.core.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of validating one spec: its field errors in the order the fields are declared. Empty means valid.
 */
public record Violations(List<FieldError> errors) {
    private static final Violations NONE = new Violations(List.of());

    public Violations {
        errors = List.copyOf(errors);
    }

    public static Violations none() {
        return NONE;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** The fields that have at least one error, in declaration order. */
    public Set<String> fields() {
        Set<String> fields = new LinkedHashSet<>();
        errors.forEach(error -> fields.add(error.field()));
        return fields;
    }

    public List<String> messagesFor(String field) {
        return errors.stream().filter(error -> error.field().equals(field)).map(FieldError::message).toList();
    }

    /** All messages for {@code field} as one text (one message per line), or empty when the field is fine. */
    public Optional<String> messageFor(String field) {
        List<String> messages = messagesFor(field);
        return messages.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", messages));
    }

    public Violations and(Violations other) {
        if (other.isEmpty()) {
            return this;
        }
        List<FieldError> all = new ArrayList<>(errors);
        all.addAll(other.errors);
        return new Violations(all);
    }

    @Override
    public String toString() {
        return errors.isEmpty() ? "no violations" : errors.toString();
    }
}
