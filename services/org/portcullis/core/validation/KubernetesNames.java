package org.portcullis.core.validation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Kubernetes name syntax (apimachinery's {@code IsDNS1123Label}, {@code IsDNS1123Subdomain},
 * {@code IsQualifiedName}, {@code IsValidLabelValue}). Namespaces, workloads, roles, trust zones and usernames are
 * DNS-1123 labels; service accounts are DNS-1123 subdomains.
 */
public final class KubernetesNames {
    public static final int LABEL_MAX = 63;
    public static final int SUBDOMAIN_MAX = 253;

    static final String LABEL_RULE =
            "use lower-case letters, digits and '-', start and end with a letter or digit, at most 63 characters";
    static final String SUBDOMAIN_RULE = "use lower-case letters, digits, '-' and '.', start and end each "
            + "dot-separated part with a letter or digit, at most 253 characters";
    static final String LABEL_NAME_RULE = "use letters, digits, '-', '_' and '.', start and end with a letter or "
            + "digit, at most 63 characters";

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern SUBDOMAIN = Pattern.compile(LABEL.pattern() + "(\\." + LABEL.pattern() + ")*");
    private static final Pattern QUALIFIED_NAME_PART = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");

    private KubernetesNames() {
    }

    public static boolean isDns1123Label(String value) {
        return value != null && value.length() <= LABEL_MAX && LABEL.matcher(value).matches();
    }

    public static boolean isDns1123Subdomain(String value) {
        return value != null && value.length() <= SUBDOMAIN_MAX && SUBDOMAIN.matcher(value).matches();
    }

    /** A label key: an optional DNS subdomain prefix and '/', then a name of at most 63 characters. */
    public static boolean isLabelKey(String value) {
        if (value == null) {
            return false;
        }
        int slash = value.indexOf('/');
        if (slash < 0) {
            return isLabelName(value);
        }
        return isDns1123Subdomain(value.substring(0, slash)) && isLabelName(value.substring(slash + 1));
    }

    /** A label value: empty, or a name of at most 63 characters. */
    public static boolean isLabelValue(String value) {
        return value != null && (value.isEmpty() || isLabelName(value));
    }

    private static boolean isLabelName(String value) {
        return value.length() <= LABEL_MAX && QUALIFIED_NAME_PART.matcher(value).matches();
    }

    /**
     * Why {@code value} is not a DNS-1123 label, phrased to follow the quoted value.
     *
     * @param what the kind of name, e.g. "Kubernetes name" or "username"
     */
    static Optional<String> labelProblem(String value, String what) {
        if (isDns1123Label(value)) {
            return Optional.empty();
        }
        if (LABEL.matcher(value).matches()) {
            return Optional.of("is too long for a " + what + ": " + value.length() + " characters, at most "
                    + LABEL_MAX);
        }
        return Optional.of("is not a valid " + what + ": " + LABEL_RULE);
    }

    static Optional<String> subdomainProblem(String value, String what) {
        if (isDns1123Subdomain(value)) {
            return Optional.empty();
        }
        if (SUBDOMAIN.matcher(value).matches()) {
            return Optional.of("is too long for a " + what + ": " + value.length() + " characters, at most "
                    + SUBDOMAIN_MAX);
        }
        return Optional.of("is not a valid " + what + ": " + SUBDOMAIN_RULE);
    }

    static Optional<String> labelKeyProblem(String key) {
        if (isLabelKey(key)) {
            return Optional.empty();
        }
        int slash = key.indexOf('/');
        if (slash >= 0 && !isDns1123Subdomain(key.substring(0, slash))) {
            return Optional.of("is not a valid label key: its prefix before '/' must be a DNS subdomain such as "
                    + "\"app.kubernetes.io\" (" + SUBDOMAIN_RULE + ")");
        }
        return Optional.of("is not a valid label key: " + LABEL_NAME_RULE
                + ", optionally after a DNS subdomain prefix and '/'");
    }

    static Optional<String> labelValueProblem(String value) {
        return isLabelValue(value) ? Optional.empty()
                : Optional.of("is not a valid label value: " + LABEL_NAME_RULE + ", or empty");
    }
}
