package org.portcullis.core.validation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The tokens of a Kubernetes RBAC {@code PolicyRule}, as Kubernetes' RBAC authorizer matches them: verbs, API groups,
 * resources (with {@code resource/subresource} and {@code *}/{@code *}{@code /subresource}) and resource names (no
 * wildcard: a rule with no resource names allows every name).
 */
public final class RbacRules {
    public static final String ALL = "*";
    public static final String CORE_GROUP = "";
    public static final List<String> VERBS = List.of("get", "list", "watch", "create", "update", "patch", "delete",
            "deletecollection", "use", "bind", "escalate", "impersonate", "approve", "sign", ALL);

    private static final Pattern RESOURCE_NAME_PART = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern VERSION = Pattern.compile("v[0-9]+((alpha|beta)[0-9]+)?");
    private static final String RESOURCE_RULE = "use a lower-case plural resource name such as \"pods\" or "
            + "\"deployments\", optionally with a subresource (\"pods/log\", \"*/scale\"), or \"*\"";
    private static final String API_GROUP_RULE = "use \"\" for the core group, a group name such as \"apps\" or "
            + "\"networking.k8s.io\", or \"*\"";
    private static final String OBJECT_NAME_RULE = "use an object name without spaces, ',' or '/', at most 253 "
            + "characters";

    private RbacRules() {
    }

    public static boolean isVerb(String verb) {
        return VERBS.contains(verb);
    }

    public static boolean isResource(String resource) {
        return resource != null && resourceProblem(resource).isEmpty();
    }

    public static boolean isApiGroup(String group) {
        return group != null && apiGroupProblem(group).isEmpty();
    }

    public static boolean isResourceName(String name) {
        return name != null && resourceNameProblem(name).isEmpty();
    }

    static Optional<String> verbProblem(String verb) {
        if (isVerb(verb)) {
            return Optional.empty();
        }
        String lower = verb.toLowerCase(Locale.ROOT);
        if (isVerb(lower)) {
            return Optional.of("is not in lower case: use lower case, \"" + lower + "\"");
        }
        return Optional.of("is not a Kubernetes verb: use one of " + String.join(", ", VERBS));
    }

    static Optional<String> resourceProblem(String resource) {
        if (isWellFormedResource(resource)) {
            return Optional.empty();
        }
        if (!resource.contains("/") && resource.contains(".")) {
            return Optional.of("names a group: put the group in apiGroups and the plain resource name here; "
                    + RESOURCE_RULE);
        }
        String lower = resource.toLowerCase(Locale.ROOT);
        if (isWellFormedResource(lower)) {
            return Optional.of("is not in lower case: use lower case, \"" + lower + "\"");
        }
        return Optional.of("is not a resource: " + RESOURCE_RULE);
    }

    private static boolean isWellFormedResource(String resource) {
        if (resource.equals(ALL)) {
            return true;
        }
        int slash = resource.indexOf('/');
        if (slash < 0) {
            return isPart(resource);
        }
        String name = resource.substring(0, slash);
        return (name.equals(ALL) || isPart(name)) && isPart(resource.substring(slash + 1));
    }

    private static boolean isPart(String part) {
        return part.length() <= KubernetesNames.LABEL_MAX && RESOURCE_NAME_PART.matcher(part).matches();
    }

    static Optional<String> apiGroupProblem(String group) {
        if (group.equals(CORE_GROUP) || group.equals(ALL)) {
            return Optional.empty();
        }
        if (group.contains("/") || VERSION.matcher(group).matches()) {
            return Optional.of("contains a version: name the group only; " + API_GROUP_RULE);
        }
        if (KubernetesNames.isDns1123Subdomain(group)) {
            return Optional.empty();
        }
        return Optional.of("is not an API group: " + API_GROUP_RULE);
    }

    static Optional<String> resourceNameProblem(String name) {
        if (name.equals(ALL)) {
            return Optional.of("is not a wildcard here: leave resourceNames empty to allow every name");
        }
        if (name.isEmpty() || name.length() > KubernetesNames.SUBDOMAIN_MAX || name.equals(".") || name.equals("..")
                || name.chars().anyMatch(c -> c == ',' || c == '/' || c == '%' || Character.isWhitespace(c)
                        || Character.isISOControl(c))) {
            return Optional.of("is not a valid resource name: " + OBJECT_NAME_RULE);
        }
        return Optional.empty();
    }
}
