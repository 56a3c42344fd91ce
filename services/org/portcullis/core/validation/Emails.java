package org.portcullis.core.validation;

import java.util.Optional;

/**
 * A pragmatic e-mail check (not RFC 5322): one '@', a non-empty local part, a domain of non-empty dot-separated
 * parts with at least one dot, no spaces, at most 254 characters. Keycloak sends mail to it; it need not be clever.
 */
public final class Emails {
    public static final int MAX = 254;
    static final String RULE = "use the form name@example.org, without spaces, at most 254 characters";

    private Emails() {
    }

    public static boolean isValid(String email) {
        return email != null && problem(email).isEmpty();
    }

    static Optional<String> problem(String email) {
        if (email.length() > MAX) {
            return Optional.of("is too long for an e-mail address: " + email.length() + " characters, at most " + MAX);
        }
        if (email.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return Optional.of("contains a space: " + RULE);
        }
        int at = email.indexOf('@');
        if (at < 0 || at != email.lastIndexOf('@')) {
            return Optional.of("is not an e-mail address, it needs exactly one '@': " + RULE);
        }
        String domain = email.substring(at + 1);
        boolean domainOk = domain.contains(".") && !domain.startsWith(".") && !domain.endsWith(".")
                && !domain.contains("..");
        if (at == 0 || !domainOk) {
            return Optional.of("is not an e-mail address: " + RULE);
        }
        return Optional.empty();
    }
}
