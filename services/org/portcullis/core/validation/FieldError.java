package org.portcullis.core.validation;

import java.util.Objects;

/**
 * One problem with one field of a spec.
 *
 * @param field   the record component name ({@code "namespace"}, {@code "paths"}), so a form can show the message
 *                next to its field
 * @param message what is wrong and what is allowed, quoting the bad value; written for a security admin
 */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
