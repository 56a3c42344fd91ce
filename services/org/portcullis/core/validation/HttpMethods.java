package org.portcullis.core.validation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The HTTP methods an Istio AuthorizationPolicy operation may name. Istio compares them case-sensitively. */
public final class HttpMethods {
    public static final List<String> ALL =
            List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "CONNECT", "TRACE");

    private HttpMethods() {
    }

    public static boolean isValid(String method) {
        return ALL.contains(method);
    }

    static Optional<String> problem(String method) {
        if (isValid(method)) {
            return Optional.empty();
        }
        String upper = method.toUpperCase(Locale.ROOT);
        if (isValid(upper)) {
            return Optional.of("is not in upper case: use upper case, \"" + upper + "\"");
        }
        return Optional.of("is not an HTTP method: use one of " + String.join(", ", ALL));
    }
}
