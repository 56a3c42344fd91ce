package org.portcullis.core.validation;

import org.portcullis.core.model.ClusterAccessGrantSpec;
import org.portcullis.core.model.DataClassification;
import org.portcullis.core.model.NamespaceSpec;
import org.portcullis.core.model.PersonSpec;
import org.portcullis.core.model.RoleAssignmentSpec;
import org.portcullis.core.model.RoleSpec;
import org.portcullis.core.model.Sensitivity;
import org.portcullis.core.model.ServicePermissionSpec;
import org.portcullis.core.model.SubjectKind;
import org.portcullis.core.model.TrustZoneSpec;
import org.portcullis.core.model.WorkloadSpec;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One validator per spec. Each returns every problem at once, field by field, in declaration order.
 * Specs with an {@code expiresAt} have two forms: {@code of(spec, now)} for anything being requested or approved
 * (an expiry must lie in the future), and {@code of(spec)} that checks the structure only, for specs already in the
 * model (whose expiry may have passed since).
 */
public final class Validation {
    public static final int DESCRIPTION_MAX = 1000;
    public static final int DISPLAY_NAME_MAX = 200;

    private static final String KUBERNETES_NAME = "Kubernetes name";
    private static final String ZONE_NAME = "trust zone name";
    private static final String USERNAME = "username";
    private static final String ROLE_NAME = "role name";
    private static final List<String> VERBS_WITHOUT_NAMES = List.of("create", "deletecollection");

    private Validation() {
    }

    public static Violations of(TrustZoneSpec spec) {
        Checks checks = new Checks();
        checks.requiredLabel("name", "Name", spec.name(), ZONE_NAME);
        checks.maxLength("description", "Description", spec.description(), DESCRIPTION_MAX);
        checks.requiredChoice("sensitivity", "Sensitivity", spec.sensitivity(), Sensitivity.values());
        return checks.violations();
    }

    public static Violations of(NamespaceSpec spec) {
        Checks checks = new Checks();
        checks.requiredLabel("name", "Name", spec.name(), KUBERNETES_NAME);
        checks.maxLength("description", "Description", spec.description(), DESCRIPTION_MAX);
        return checks.violations();
    }

    public static Violations of(WorkloadSpec spec) {
        Checks checks = new Checks();
        checks.requiredLabel("name", "Name", spec.name(), KUBERNETES_NAME);
        checks.requiredLabel("namespace", "Namespace", spec.namespace(), KUBERNETES_NAME);
        if (checks.required("serviceAccount", "Service account", spec.serviceAccount())) {
            checks.value("serviceAccount", "Service account", spec.serviceAccount(),
                    KubernetesNames.subdomainProblem(spec.serviceAccount(), "service account name"));
        }
        checks.requiredLabel("trustZone", "Trust zone", spec.trustZone(), ZONE_NAME);
        checks.requiredChoice("classification", "Classification", spec.classification(),
                DataClassification.values());
        checks.requiredLabel("owner", "Owner", spec.owner(), USERNAME);
        selector(checks, spec.selector());
        checks.ports("ports", spec.ports());
        return checks.violations();
    }

    /**
     * An empty selector is refused: the destination's ALLOW policy would select every pod in the namespace, granting
     * callers of this workload access to all its neighbours.
     */
    private static void selector(Checks checks, Map<String, String> selector) {
        checks.notEmpty("selector", List.copyOf(selector.keySet()), "Selector is required: give at least one label "
                + "that selects the workload's pods, such as app=llm-service");
        selector.forEach((key, value) -> {
            checks.value("selector", "Label key", key, KubernetesNames.labelKeyProblem(key));
            if (value == null) {
                checks.add("selector", "Label " + Checks.quote(key) + " has no value: give one, it may be empty");
            } else {
                checks.value("selector", "Value of label " + Checks.quote(key), value,
                        KubernetesNames.labelValueProblem(value));
            }
        });
    }

    public static Violations of(PersonSpec spec) {
        Checks checks = new Checks();
        checks.requiredLabel("username", "Username", spec.username(), USERNAME);
        if (checks.required("email", "E-mail", spec.email())) {
            checks.value("email", "E-mail", spec.email(), Emails.problem(spec.email()));
        }
        if (checks.required("displayName", "Display name", spec.displayName())) {
            checks.maxLength("displayName", "Display name", spec.displayName(), DISPLAY_NAME_MAX);
        }
        return checks.violations();
    }

    public static Violations of(RoleSpec spec) {
        Checks checks = new Checks();
        checks.requiredLabel("name", "Name", spec.name(), ROLE_NAME);
        checks.maxLength("description", "Description", spec.description(), DESCRIPTION_MAX);
        return checks.violations();
    }

    public static Violations of(RoleAssignmentSpec spec, Instant now) {
        return of(spec).and(expiry(spec.expiresAt(), now));
    }

    public static Violations of(RoleAssignmentSpec spec) {
        Checks checks = new Checks();
        checks.requiredLabel("role", "Role", spec.role(), ROLE_NAME);
        checks.requiredChoice("subjectKind", "Subject kind", spec.subjectKind(), SubjectKind.values());
        String subjectName = spec.subjectKind() == SubjectKind.PERSON ? USERNAME : "workload name";
        checks.requiredLabel("subject", "Subject", spec.subject(), subjectName);
        return checks.violations();
    }

    public static Violations of(ServicePermissionSpec spec, Instant now) {
        return of(spec).and(expiry(spec.expiresAt(), now));
    }

    public static Violations of(ServicePermissionSpec spec) {
        Checks checks = new Checks();
        checks.requiredLabel("source", "Source", spec.source(), KUBERNETES_NAME);
        checks.requiredLabel("destination", "Destination", spec.destination(), KUBERNETES_NAME);
        if (spec.source() != null && Objects.equals(spec.source(), spec.destination())) {
            checks.add("destination", "Destination " + Checks.quote(spec.destination()) + " is the source itself: "
                    + "a workload needs no permission to call itself, choose another destination");
        }
        checks.eachToken("methods", "Method", spec.methods(), HttpMethods::problem);
        checks.eachToken("paths", "Path", spec.paths(), PathPatterns::problem);
        checks.ports("ports", spec.ports());
        if (spec.requiredRole() != null) {
            checks.value("requiredRole", "Required role", spec.requiredRole(),
                    KubernetesNames.labelProblem(spec.requiredRole(), ROLE_NAME));
        }
        return checks.violations();
    }

    public static Violations of(ClusterAccessGrantSpec spec, Instant now) {
        return of(spec).and(expiry(spec.expiresAt(), now));
    }

    public static Violations of(ClusterAccessGrantSpec spec) {
        Checks checks = new Checks();
        checks.requiredLabel("name", "Name", spec.name(), KUBERNETES_NAME);
        checks.requiredLabel("workload", "Workload", spec.workload(), KUBERNETES_NAME);
        checks.requiredLabel("namespace", "Namespace", spec.namespace(), KUBERNETES_NAME);
        checks.notEmpty("verbs", spec.verbs(), "List at least one verb, such as \"get\" or \"list\"");
        checks.eachToken("verbs", "Verb", spec.verbs(), RbacRules::verbProblem);
        checks.notEmpty("apiGroups", spec.apiGroups(), "List at least one API group: \"\" for the core group "
                + "(pods, services, secrets), or a group such as \"apps\"");
        checks.eachToken("apiGroups", "API group", spec.apiGroups(), RbacRules::apiGroupProblem);
        checks.notEmpty("resources", spec.resources(), "List at least one resource, such as \"pods\"");
        checks.eachToken("resources", "Resource", spec.resources(), RbacRules::resourceProblem);
        checks.eachToken("resourceNames", "Resource name", spec.resourceNames(), RbacRules::resourceNameProblem);
        namesWithUnnamedVerbs(checks, spec);
        return checks.violations();
    }

    /** Kubernetes cannot restrict create and deletecollection by name: such a grant would silently never apply. */
    private static void namesWithUnnamedVerbs(Checks checks, ClusterAccessGrantSpec spec) {
        if (spec.resourceNames().isEmpty()) {
            return;
        }
        spec.verbs().stream().filter(VERBS_WITHOUT_NAMES::contains).forEach(verb -> checks.add("resourceNames",
                "Resource names cannot restrict verb " + Checks.quote(verb) + ": Kubernetes does not know the "
                        + "name at that time, so the grant would never allow it; make a separate grant without "
                        + "resource names"));
    }

    private static Violations expiry(Instant expiresAt, Instant now) {
        Checks checks = new Checks();
        checks.expiry("expiresAt", expiresAt, now);
        return checks.violations();
    }
}
