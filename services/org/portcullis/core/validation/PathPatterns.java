package org.portcullis.core.validation;

import java.util.Optional;

/**
 * Request paths in Istio's AuthorizationPolicy grammar: an exact path starting with '/', a prefix {@code /api/*},
 * a suffix {@code *.html} or {@code *}&nbsp;(any path). At most one '*', only at the start or the end. No spaces (a
 * path in a request has none), no '?' or '#' (Istio matches the path without query or fragment, so such a rule
 * would never match) and no ',' (the inventory stores lists comma-joined). Istio's newer {@code {*}} path
 * templates are not accepted.
 */
public final class PathPatterns {
    static final String RULE = "use an exact path starting with '/' (\"/v1/models\"), a prefix ending in '*' "
            + "(\"/api/*\"), a suffix starting with '*' (\"*.json\"), or \"*\" for any path";

    private PathPatterns() {
    }

    public static boolean isValid(String path) {
        return path != null && problem(path).isEmpty();
    }

    static Optional<String> problem(String path) {
        if (path.isEmpty()) {
            return Optional.of("is empty: " + RULE);
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                return Optional.of("contains a space or control character: " + RULE);
            }
            if (c == ',') {
                return Optional.of("contains a comma: list each path separately");
            }
            if (c == '?' || c == '#') {
                return Optional.of("contains '" + c + "': Istio matches the path without query or fragment, "
                        + "leave them out");
            }
        }
        if (path.equals("*")) {
            return Optional.empty();
        }
        int star = path.indexOf('*');
        if (star >= 0 && (star != path.lastIndexOf('*') || (star != 0 && star != path.length() - 1))) {
            return Optional.of("is not a valid path pattern: '*' may appear once, only at the start or the end; "
                    + RULE);
        }
        if (star != 0 && !path.startsWith("/")) {
            return Optional.of("must start with '/': " + RULE);
        }
        return Optional.empty();
    }
}
