package org.portcullis.core.validation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Collects the field errors of one spec. Each method checks one field and phrases the message as
 * {@code <Label> "<value>" <problem>}, so every message says which field, quotes the value and says what is allowed.
 */
final class Checks {
    private static final int QUOTE_MAX = 80;

    private final List<FieldError> errors = new ArrayList<>();

    void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    Violations violations() {
        return new Violations(errors);
    }

    /** Adds "required" when blank; returns whether the value is present, so callers check its syntax only then. */
    boolean required(String field, String label, String value) {
        if (value == null || value.isBlank()) {
            add(field, label + " is required");
            return false;
        }
        return true;
    }

    void requiredChoice(String field, String label, Enum<?> value, Enum<?>[] choices) {
        if (value == null) {
            add(field, label + " is required: choose " + Arrays.stream(choices).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
    }

    void value(String field, String label, String value, Optional<String> problem) {
        problem.ifPresent(text -> add(field, label + " " + quote(value) + " " + text));
    }

    void requiredLabel(String field, String label, String value, String what) {
        if (required(field, label, value)) {
            value(field, label, value, KubernetesNames.labelProblem(value, what));
        }
    }

    void maxLength(String field, String label, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, label + " is " + value.length() + " characters long: at most " + max + " are allowed");
        }
    }

    /**
     * Checks each token of a list. Commas are refused before anything else: the inventory stores these lists
     * comma-joined, so a comma inside a token would silently split it in two.
     */
    void eachToken(String field, String label, List<String> tokens, Function<String, Optional<String>> problem) {
        Set<String> seen = new HashSet<>();
        for (String token : tokens) {
            if (token.contains(",")) {
                value(field, label, token, Optional.of("contains a comma: list each one separately"));
            } else if (!seen.add(token)) {
                value(field, label, token, Optional.of("is listed twice"));
            } else {
                value(field, label, token, problem.apply(token));
            }
        }
    }

    void ports(String field, List<Integer> ports) {
        Set<Integer> seen = new HashSet<>();
        for (int port : ports) {
            if (!Ports.isValid(port)) {
                add(field, "Port " + port + " is out of range: use " + Ports.MIN + " to " + Ports.MAX);
            } else if (!seen.add(port)) {
                add(field, "Port " + port + " is listed twice");
            }
        }
    }

    void notEmpty(String field, List<?> values, String message) {
        if (values.isEmpty()) {
            add(field, message);
        }
    }

    /** An expiry must lie after {@code now}; an expiry equal to now has already passed (see isExpiredAt). */
    void expiry(String field, Instant expiresAt, Instant now) {
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            add(field, "Expiry " + quote(expiresAt.toString()) + " is not in the future (now is " + now
                    + "): choose a later time, or none for access without expiry");
        }
    }

    /** The value in double quotes, with quotes, backslashes and control characters escaped, and long values cut. */
    static String quote(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        int shown = Math.min(value.length(), QUOTE_MAX);
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        if (shown < value.length()) {
            quoted.append("…");
        }
        return quoted.append('"').toString();
    }
}
