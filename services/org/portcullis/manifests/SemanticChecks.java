package org.portcullis.manifests;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the schemas cannot say: rules the API server checks in code or in CEL ({@code x-kubernetes-validations}),
 * plus Portcullis' own stricter rules. Each check is a small named method adding problems at a JSON path.
 */
final class SemanticChecks {

    /** A problem found at a JSON path inside one object. */
    record Finding(String path, String message) {
    }

    static final int DNS1123_LABEL_MAX = 63;
    static final int DNS1123_SUBDOMAIN_MAX = 253;
    private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern DNS1123_SUBDOMAIN =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern LABEL_VALUE = Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");
    private static final Pattern LABEL_NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
    private static final List<String> JWKS_FIELDS = List.of("jwks", "jwksUri", "jwks_uri");
    private static final List<String> EXCLUDED_BY_SERVICE_ACCOUNTS =
            List.of("principals", "notPrincipals", "namespaces", "notNamespaces");

    private final List<Finding> findings = new ArrayList<>();

    private SemanticChecks() {
    }

    static List<Finding> check(JsonNode object) {
        SemanticChecks checks = new SemanticChecks();
        checks.names(object.path("metadata"));
        checks.labels("$.metadata.labels", object.path("metadata").path("labels"));
        switch (object.path("kind").asText()) {
            case "AuthorizationPolicy" -> {
                checks.oneTargetAtMost(object.path("spec"));
                checks.labels("$.spec.selector.matchLabels", object.path("spec").path("selector").path("matchLabels"));
                checks.serviceAccountsExcludePrincipals(object.path("spec"));
            }
            case "RequestAuthentication" -> {
                checks.oneTargetAtMost(object.path("spec"));
                checks.labels("$.spec.selector.matchLabels", object.path("spec").path("selector").path("matchLabels"));
                checks.exactlyOneKeySource(object.path("spec"));
            }
            case "PeerAuthentication" ->
                    checks.labels("$.spec.selector.matchLabels", object.path("spec").path("selector").path("matchLabels"));
            case "RoleBinding" -> {
                checks.roleRef(object.path("roleRef"));
                checks.serviceAccountSubjectsHaveNamespace(object.path("subjects"));
            }
            default -> { }
        }
        return List.copyOf(checks.findings);
    }

    /** Names are DNS-1123 subdomains, namespaces DNS-1123 labels; Portcullis writes only namespaced objects. */
    private void names(JsonNode metadata) {
        String name = metadata.path("name").asText("");
        if (name.length() > DNS1123_SUBDOMAIN_MAX || !DNS1123_SUBDOMAIN.matcher(name).matches()) {
            add("$.metadata.name", "'" + name + "' is not a DNS-1123 subdomain (lower case alphanumerics, '-', '.',"
                    + " at most " + DNS1123_SUBDOMAIN_MAX + " characters)");
        }
        String namespace = metadata.path("namespace").asText("");
        if (namespace.length() > DNS1123_LABEL_MAX || !DNS1123_LABEL.matcher(namespace).matches()) {
            add("$.metadata.namespace", "'" + namespace + "' is not a DNS-1123 label (lower case alphanumerics and '-',"
                    + " at most " + DNS1123_LABEL_MAX + " characters)");
        }
    }

    private void labels(String path, JsonNode labels) {
        for (Map.Entry<String, JsonNode> label : labels.properties()) {
            String key = label.getKey();
            int slash = key.lastIndexOf('/');
            String prefix = slash < 0 ? "" : key.substring(0, slash);
            String name = key.substring(slash + 1);
            boolean validPrefix = prefix.isEmpty() || (prefix.length() <= DNS1123_SUBDOMAIN_MAX
                    && DNS1123_SUBDOMAIN.matcher(prefix).matches());
            if (!validPrefix || name.length() > DNS1123_LABEL_MAX || !LABEL_NAME.matcher(name).matches()) {
                add(path, "'" + key + "' is not a valid label key");
            }
            String value = label.getValue().asText("");
            if (value.length() > DNS1123_LABEL_MAX || !LABEL_VALUE.matcher(value).matches()) {
                add(path + "['" + key + "']", "'" + value + "' is not a valid label value");
            }
        }
    }

    /** CEL in the CRD: only one of selector, targetRef, targetRefs. */
    private void oneTargetAtMost(JsonNode spec) {
        long targets = List.of("selector", "targetRef", "targetRefs").stream().filter(spec::has).count();
        if (targets > 1) {
            add("$.spec", "only one of selector, targetRef or targetRefs can be set");
        }
    }

    /** CEL in the CRD: serviceAccounts/notServiceAccounts exclude principals and namespaces in one source. */
    private void serviceAccountsExcludePrincipals(JsonNode spec) {
        forEachIndexed(spec.path("rules"), (rule, i) -> forEachIndexed(rule.path("from"), (from, j) -> {
            JsonNode source = from.path("source");
            boolean serviceAccounts = source.has("serviceAccounts") || source.has("notServiceAccounts");
            if (serviceAccounts && EXCLUDED_BY_SERVICE_ACCOUNTS.stream().anyMatch(source::has)) {
                add("$.spec.rules[" + i + "].from[" + j + "].source",
                        "cannot set serviceAccounts with namespaces or principals");
            }
        }));
    }

    /**
     * Exactly one of jwks, jwksUri, jwks_uri per JWT rule. Istio itself would fall back to OpenID discovery when none
     * is set; Portcullis wants the key source explicit (taken from the realm), so none is an error too.
     */
    private void exactlyOneKeySource(JsonNode spec) {
        forEachIndexed(spec.path("jwtRules"), (rule, i) -> {
            String path = "$.spec.jwtRules[" + i + "]";
            long sources = JWKS_FIELDS.stream().filter(rule::has).count();
            if (sources != 1) {
                add(path, "exactly one of jwks and jwksUri must be set, found " + sources);
            }
            for (String field : List.of("jwksUri", "jwks_uri")) {
                if (rule.has(field) && !isHttpUrl(rule.path(field).asText())) {
                    add(path + "." + field, "url must have scheme http:// or https://");
                }
            }
        });
    }

    private void roleRef(JsonNode roleRef) {
        if (!"rbac.authorization.k8s.io".equals(roleRef.path("apiGroup").asText())) {
            add("$.roleRef.apiGroup", "must be rbac.authorization.k8s.io");
        }
        String kind = roleRef.path("kind").asText();
        if (!kind.equals("Role") && !kind.equals("ClusterRole")) {
            add("$.roleRef.kind", "must be Role or ClusterRole, not '" + kind + "'");
        }
    }

    /** The API server rejects a ServiceAccount subject without namespace. */
    private void serviceAccountSubjectsHaveNamespace(JsonNode subjects) {
        forEachIndexed(subjects, (subject, i) -> {
            if ("ServiceAccount".equals(subject.path("kind").asText()) && subject.path("namespace").asText("").isEmpty()) {
                add("$.subjects[" + i + "].namespace", "a ServiceAccount subject needs a namespace");
            }
        });
    }

    private static boolean isHttpUrl(String text) {
        try {
            String scheme = URI.create(text).getScheme();
            return "http".equals(scheme) || "https".equals(scheme);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void forEachIndexed(JsonNode array, BiConsumer<JsonNode, Integer> action) {
        for (int i = 0; i < array.size(); i++) {
            action.accept(array.get(i), i);
        }
    }

    private void add(String path, String message) {
        findings.add(new Finding(path, message));
    }
}
