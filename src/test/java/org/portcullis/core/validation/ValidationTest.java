package org.portcullis.core.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.portcullis.core.model.NamespaceSpec;
import org.portcullis.core.model.SubjectKind;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.portcullis.core.validation.Specs.NOW;
import static org.portcullis.core.validation.Specs.assignment;
import static org.portcullis.core.validation.Specs.grant;
import static org.portcullis.core.validation.Specs.permission;
import static org.portcullis.core.validation.Specs.person;
import static org.portcullis.core.validation.Specs.role;
import static org.portcullis.core.validation.Specs.workload;
import static org.portcullis.core.validation.Specs.zone;

class ValidationTest {

    static Stream<Arguments> shouldPass() {
        return Stream.of(
                arguments("zone", (Supplier<Violations>) () -> Validation.of(zone(z -> { }))),
                arguments("zone, empty description", v(() -> Validation.of(zone(z -> z.description = null)))),
                arguments("zone, description of 1000", v(() -> Validation.of(zone(z -> z.description = "d".repeat(1000))))),
                arguments("namespace in dry-run", v(() -> Validation.of(new NamespaceSpec("ml", "observe", true)))),
                arguments("namespace enforced, no note", v(() -> Validation.of(new NamespaceSpec("m".repeat(63), null, false)))),
                arguments("workload", v(() -> Validation.of(workload(w -> { })))),
                arguments("workload, name of 63", v(() -> Validation.of(workload(w -> w.name = "w".repeat(63))))),
                arguments("workload, dotted service account", v(() -> Validation.of(workload(w -> w.serviceAccount = "llm.inference-sa")))),
                arguments("workload, no ports", v(() -> Validation.of(workload(w -> w.ports = List.of())))),
                arguments("workload, ports 1 and 65535", v(() -> Validation.of(workload(w -> w.ports = List.of(1, 65535))))),
                arguments("workload, prefixed label, empty value", v(() -> Validation.of(workload(w -> w.selector.put("app.kubernetes.io/part-of", ""))))),
                arguments("person", v(() -> Validation.of(person(p -> { })))),
                arguments("person, display name of 200", v(() -> Validation.of(person(p -> p.displayName = "n".repeat(200))))),
                arguments("role", v(() -> Validation.of(role(r -> { })))),
                arguments("role, no description", v(() -> Validation.of(role(r -> r.description = null)))),
                arguments("assignment", v(() -> Validation.of(assignment(a -> { }), NOW))),
                arguments("assignment, permanent", v(() -> Validation.of(assignment(a -> a.expiresAt = null), NOW))),
                arguments("assignment to workload", v(() -> Validation.of(assignment(a -> {
                    a.subjectKind = SubjectKind.WORKLOAD;
                    a.subject = "llm-service";
                }), NOW))),
                arguments("assignment expired, structure only", v(() -> Validation.of(assignment(a -> a.expiresAt = NOW.minusSeconds(1))))),
                arguments("permission", v(() -> Validation.of(permission(p -> { }), NOW))),
                arguments("permission, any operation", v(() -> Validation.of(permission(p -> {
                    p.methods = List.of();
                    p.paths = List.of();
                    p.ports = List.of();
                    p.requiredRole = null;
                }), NOW))),
                arguments("permission, path patterns", v(() -> Validation.of(permission(p -> p.paths = List.of("*", "/api/*", "*/v1", "/health")), NOW))),
                arguments("permission, all methods", v(() -> Validation.of(permission(p -> p.methods = HttpMethods.ALL), NOW))),
                arguments("permission expiring in 1 s", v(() -> Validation.of(permission(p -> p.expiresAt = NOW.plusSeconds(1)), NOW))),
                arguments("grant", v(() -> Validation.of(grant(g -> { }), NOW))),
                arguments("grant, everything", v(() -> Validation.of(grant(g -> {
                    g.verbs = List.of("*");
                    g.apiGroups = List.of("*");
                    g.resources = List.of("*");
                    g.resourceNames = List.of();
                }), NOW))),
                arguments("grant, core and apps", v(() -> Validation.of(grant(g -> {
                    g.apiGroups = List.of("", "apps");
                    g.resources = List.of("pods/log", "deployments/scale", "*/scale");
                }), NOW))),
                arguments("grant, create without names", v(() -> Validation.of(grant(g -> {
                    g.verbs = List.of("create");
                    g.resourceNames = List.of();
                }), NOW))));
    }

    private static Supplier<Violations> v(Supplier<Violations> validation) {
        return validation;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void shouldPass(String description, Supplier<Violations> validation) {
        assertThat(validation.get().errors()).isEmpty();
    }

    static Stream<Arguments> shouldFail() {
        return Stream.of(
                // trust zones
                arguments(v(() -> Validation.of(zone(z -> z.name = "Inference"))), "name",
                        "Name \"Inference\" is not a valid trust zone name: use lower-case letters"),
                arguments(v(() -> Validation.of(zone(z -> z.name = " "))), "name", "Name is required"),
                arguments(v(() -> Validation.of(zone(z -> z.description = "d".repeat(1001)))), "description",
                        "Description is 1001 characters long: at most 1000 are allowed"),
                arguments(v(() -> Validation.of(zone(z -> z.sensitivity = null))), "sensitivity",
                        "Sensitivity is required: choose LOW, MEDIUM, HIGH"),
                // namespaces
                arguments(v(() -> Validation.of(new NamespaceSpec("ML_Team", null, true))), "name",
                        "Name \"ML_Team\" is not a valid Kubernetes name: use lower-case letters, digits and "
                                + "'-', start and end with a letter or digit, at most 63 characters"),
                arguments(v(() -> Validation.of(new NamespaceSpec("n".repeat(64), null, true))), "name",
                        "is too long for a Kubernetes name: 64 characters, at most 63"),
                arguments(v(() -> Validation.of(new NamespaceSpec("", null, true))), "name", "Name is required"),
                arguments(v(() -> Validation.of(new NamespaceSpec("ml", "d".repeat(1001), true))), "description",
                        "Description is 1001 characters long: at most 1000 are allowed"),
                // workloads
                arguments(v(() -> Validation.of(workload(w -> w.name = "Llm_Service"))), "name",
                        "Name \"Llm_Service\" is not a valid Kubernetes name: use lower-case letters, digits and "
                                + "'-', start and end with a letter or digit, at most 63 characters"),
                arguments(v(() -> Validation.of(workload(w -> w.name = "w".repeat(64)))), "name",
                        "is too long for a Kubernetes name: 64 characters, at most 63"),
                arguments(v(() -> Validation.of(workload(w -> w.namespace = "-inference"))), "namespace",
                        "Namespace \"-inference\" is not a valid Kubernetes name"),
                arguments(v(() -> Validation.of(workload(w -> w.namespace = null))), "namespace",
                        "Namespace is required"),
                arguments(v(() -> Validation.of(workload(w -> w.serviceAccount = "llm..sa"))), "serviceAccount",
                        "Service account \"llm..sa\" is not a valid service account name"),
                arguments(v(() -> Validation.of(workload(w -> w.serviceAccount = "s".repeat(254)))), "serviceAccount",
                        "is too long for a service account name: 254 characters, at most 253"),
                arguments(v(() -> Validation.of(workload(w -> w.trustZone = ""))), "trustZone",
                        "Trust zone is required"),
                arguments(v(() -> Validation.of(workload(w -> w.classification = null))), "classification",
                        "Classification is required: choose PUBLIC, INTERNAL, CONFIDENTIAL, PII"),
                arguments(v(() -> Validation.of(workload(w -> w.owner = "Alice"))), "owner",
                        "Owner \"Alice\" is not a valid username"),
                arguments(v(() -> Validation.of(workload(w -> w.selector.clear()))), "selector",
                        "Selector is required"),
                arguments(v(() -> Validation.of(workload(w -> w.selector.put("app name", "x")))), "selector",
                        "Label key \"app name\" is not a valid label key"),
                arguments(v(() -> Validation.of(workload(w -> w.selector.put("Example.com/app", "x")))), "selector",
                        "its prefix before '/' must be a DNS subdomain"),
                arguments(v(() -> Validation.of(workload(w -> w.selector.put("tier", "front end")))), "selector",
                        "Value of label \"tier\" \"front end\" is not a valid label value"),
                arguments(v(() -> Validation.of(workload(w -> w.selector.put("tier", "v".repeat(64))))), "selector",
                        "is not a valid label value"),
                arguments(v(() -> Validation.of(workload(w -> w.selector.put("tier", null)))), "selector",
                        "Label \"tier\" has no value"),
                arguments(v(() -> Validation.of(workload(w -> w.ports = List.of(0)))), "ports",
                        "Port 0 is out of range: use 1 to 65535"),
                arguments(v(() -> Validation.of(workload(w -> w.ports = List.of(65536)))), "ports",
                        "Port 65536 is out of range: use 1 to 65535"),
                arguments(v(() -> Validation.of(workload(w -> w.ports = List.of(8080, 8080)))), "ports",
                        "Port 8080 is listed twice"),
                // people
                arguments(v(() -> Validation.of(person(p -> p.username = "alice.smith"))), "username",
                        "Username \"alice.smith\" is not a valid username"),
                arguments(v(() -> Validation.of(person(p -> p.email = "alice@example"))), "email",
                        "E-mail \"alice@example\" is not an e-mail address: use the form name@example.org"),
                arguments(v(() -> Validation.of(person(p -> p.email = null))), "email", "E-mail is required"),
                arguments(v(() -> Validation.of(person(p -> p.displayName = ""))), "displayName",
                        "Display name is required"),
                arguments(v(() -> Validation.of(person(p -> p.displayName = "n".repeat(201)))), "displayName",
                        "Display name is 201 characters long: at most 200 are allowed"),
                // roles
                arguments(v(() -> Validation.of(role(r -> r.name = "Security Admin"))), "name",
                        "Name \"Security Admin\" is not a valid role name"),
                arguments(v(() -> Validation.of(role(r -> r.description = "d".repeat(1001)))), "description",
                        "Description is 1001 characters long"),
                // role assignments
                arguments(v(() -> Validation.of(assignment(a -> a.role = "admin_"), NOW)), "role",
                        "Role \"admin_\" is not a valid role name"),
                arguments(v(() -> Validation.of(assignment(a -> a.subjectKind = null), NOW)), "subjectKind",
                        "Subject kind is required: choose PERSON, WORKLOAD"),
                arguments(v(() -> Validation.of(assignment(a -> a.subject = "Bob"), NOW)), "subject",
                        "Subject \"Bob\" is not a valid username"),
                arguments(v(() -> Validation.of(assignment(a -> {
                    a.subjectKind = SubjectKind.WORKLOAD;
                    a.subject = "LLM";
                }), NOW)), "subject", "Subject \"LLM\" is not a valid workload name"),
                arguments(v(() -> Validation.of(assignment(a -> a.expiresAt = NOW.minusSeconds(60)), NOW)),
                        "expiresAt", "Expiry \"2026-03-01T11:59:00Z\" is not in the future (now is "
                                + "2026-03-01T12:00:00Z): choose a later time, or none for access without expiry"),
                arguments(v(() -> Validation.of(assignment(a -> a.expiresAt = NOW), NOW)), "expiresAt",
                        "is not in the future"),
                // service permissions
                arguments(v(() -> Validation.of(permission(p -> p.destination = "api-gateway"), NOW)), "destination",
                        "Destination \"api-gateway\" is the source itself"),
                arguments(v(() -> Validation.of(permission(p -> p.source = "API-Gateway"), NOW)), "source",
                        "Source \"API-Gateway\" is not a valid Kubernetes name"),
                arguments(v(() -> Validation.of(permission(p -> p.destination = null), NOW)), "destination",
                        "Destination is required"),
                arguments(v(() -> Validation.of(permission(p -> p.methods = List.of("get")), NOW)), "methods",
                        "Method \"get\" is not in upper case: use upper case, \"GET\""),
                arguments(v(() -> Validation.of(permission(p -> p.methods = List.of("GET,POST")), NOW)), "methods",
                        "Method \"GET,POST\" contains a comma: list each one separately"),
                arguments(v(() -> Validation.of(permission(p -> p.methods = List.of("GET", "GET")), NOW)), "methods",
                        "Method \"GET\" is listed twice"),
                arguments(v(() -> Validation.of(permission(p -> p.paths = List.of("/a*b")), NOW)), "paths",
                        "Path \"/a*b\" is not a valid path pattern: '*' may appear once, only at the start or the end"),
                arguments(v(() -> Validation.of(permission(p -> p.paths = List.of("/v1,/v2")), NOW)), "paths",
                        "Path \"/v1,/v2\" contains a comma"),
                arguments(v(() -> Validation.of(permission(p -> p.paths = List.of("v1/*")), NOW)), "paths",
                        "Path \"v1/*\" must start with '/'"),
                arguments(v(() -> Validation.of(permission(p -> p.ports = List.of(0)), NOW)), "ports",
                        "Port 0 is out of range"),
                arguments(v(() -> Validation.of(permission(p -> p.requiredRole = "LLM User"), NOW)), "requiredRole",
                        "Required role \"LLM User\" is not a valid role name"),
                arguments(v(() -> Validation.of(permission(p -> p.expiresAt = NOW.minusSeconds(1)), NOW)),
                        "expiresAt", "is not in the future"),
                // cluster access grants
                arguments(v(() -> Validation.of(grant(g -> g.name = "reader."), NOW)), "name",
                        "Name \"reader.\" is not a valid Kubernetes name"),
                arguments(v(() -> Validation.of(grant(g -> g.workload = ""), NOW)), "workload",
                        "Workload is required"),
                arguments(v(() -> Validation.of(grant(g -> g.namespace = "kube_system"), NOW)), "namespace",
                        "Namespace \"kube_system\" is not a valid Kubernetes name"),
                arguments(v(() -> Validation.of(grant(g -> g.verbs = List.of()), NOW)), "verbs",
                        "List at least one verb"),
                arguments(v(() -> Validation.of(grant(g -> g.verbs = List.of("GET")), NOW)), "verbs",
                        "Verb \"GET\" is not in lower case: use lower case, \"get\""),
                arguments(v(() -> Validation.of(grant(g -> g.verbs = List.of("get,list")), NOW)), "verbs",
                        "Verb \"get,list\" contains a comma"),
                arguments(v(() -> Validation.of(grant(g -> g.apiGroups = List.of()), NOW)), "apiGroups",
                        "List at least one API group: \"\" for the core group"),
                arguments(v(() -> Validation.of(grant(g -> g.apiGroups = List.of("apps/v1")), NOW)), "apiGroups",
                        "API group \"apps/v1\" contains a version"),
                arguments(v(() -> Validation.of(grant(g -> g.apiGroups = List.of("apps,batch")), NOW)), "apiGroups",
                        "API group \"apps,batch\" contains a comma"),
                arguments(v(() -> Validation.of(grant(g -> g.resources = List.of()), NOW)), "resources",
                        "List at least one resource"),
                arguments(v(() -> Validation.of(grant(g -> g.resources = List.of("Secrets")), NOW)), "resources",
                        "Resource \"Secrets\" is not in lower case: use lower case, \"secrets\""),
                arguments(v(() -> Validation.of(grant(g -> g.resources = List.of("deployments.apps")), NOW)),
                        "resources", "Resource \"deployments.apps\" names a group"),
                arguments(v(() -> Validation.of(grant(g -> g.resources = List.of("pods,secrets")), NOW)),
                        "resources", "Resource \"pods,secrets\" contains a comma"),
                arguments(v(() -> Validation.of(grant(g -> g.resourceNames = List.of("*")), NOW)), "resourceNames",
                        "Resource name \"*\" is not a wildcard here"),
                arguments(v(() -> Validation.of(grant(g -> g.resourceNames = List.of("a,b")), NOW)), "resourceNames",
                        "Resource name \"a,b\" contains a comma"),
                arguments(v(() -> Validation.of(grant(g -> g.verbs = List.of("get", "create")), NOW)),
                        "resourceNames", "Resource names cannot restrict verb \"create\""),
                arguments(v(() -> Validation.of(grant(g -> g.expiresAt = NOW.minusSeconds(1)), NOW)), "expiresAt",
                        "is not in the future"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource
    void shouldFail(Supplier<Violations> validation, String field, String message) {
        Violations violations = validation.get();

        assertThat(violations.isEmpty()).isFalse();
        assertThat(violations.fields()).containsExactly(field);
        assertThat(violations.messageFor(field)).hasValueSatisfying(text -> assertThat(text).contains(message));
    }

    @Test
    void messageNamesTheFieldAndQuotesTheValue() {
        Violations violations = Validation.of(workload(w -> w.namespace = "Llm_Service"));

        FieldError error = violations.errors().getFirst();
        assertThat(error.field()).isEqualTo("namespace");
        assertThat(error.message()).isEqualTo("Namespace \"Llm_Service\" is not a valid Kubernetes name: use "
                + "lower-case letters, digits and '-', start and end with a letter or digit, at most 63 characters");
        assertThat(violations.messageFor("name")).isEmpty();
    }

    @Test
    void everyFieldOfABadSpecIsReportedAtOnceInDeclarationOrder() {
        Violations violations = Validation.of(permission(p -> {
            p.source = "Gateway";
            p.methods = List.of("get", "FETCH");
            p.paths = List.of("/a*b");
            p.ports = List.of(0, 65536);
            p.expiresAt = NOW.minusSeconds(1);
        }), NOW);

        assertThat(violations.fields()).containsExactly("source", "methods", "paths", "ports", "expiresAt");
        assertThat(violations.messagesFor("methods")).hasSize(2);
        assertThat(violations.messagesFor("ports")).containsExactly("Port 0 is out of range: use 1 to 65535",
                "Port 65536 is out of range: use 1 to 65535");
        assertThat(violations.messageFor("methods")).hasValue(String.join("\n", violations.messagesFor("methods")));
    }

    @Test
    void quotedValuesAreEscapedAndCut() {
        assertThat(Checks.quote("a\"b\\c\nd")).isEqualTo("\"a\\\"b\\\\c\\nd\"");
        assertThat(Checks.quote("x".repeat(200))).isEqualTo("\"" + "x".repeat(80) + "…\"");
    }

    @Test
    void selectorErrorsNameTheSelectorField() {
        Violations violations = Validation.of(workload(w -> w.selector = new java.util.TreeMap<>(
                Map.of("-app", "ok", "tier", "-bad"))));

        assertThat(violations.fields()).containsExactly("selector");
        assertThat(violations.messagesFor("selector")).hasSize(2);
    }
}
