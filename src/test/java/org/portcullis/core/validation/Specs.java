package org.portcullis.core.validation;

import org.portcullis.core.model.ClusterAccessGrantSpec;
import org.portcullis.core.model.DataClassification;
import org.portcullis.core.model.MtlsMode;
import org.portcullis.core.model.PersonSpec;
import org.portcullis.core.model.RoleAssignmentSpec;
import org.portcullis.core.model.RoleSpec;
import org.portcullis.core.model.Sensitivity;
import org.portcullis.core.model.ServicePermissionSpec;
import org.portcullis.core.model.SubjectKind;
import org.portcullis.core.model.TrustZoneSpec;
import org.portcullis.core.model.WorkloadSpec;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Tiny builders: a valid spec, changed by one lambda. */
final class Specs {
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private Specs() {
    }

    static final class Zone {
        String name = "inference";
        String description = "LLM inference and model weights";
        Sensitivity sensitivity = Sensitivity.HIGH;
    }

    static TrustZoneSpec zone(Consumer<Zone> change) {
        Zone b = new Zone();
        change.accept(b);
        return new TrustZoneSpec(b.name, b.description, b.sensitivity, MtlsMode.STRICT);
    }

    static final class Workload {
        String name = "llm-service";
        String namespace = "inference";
        String serviceAccount = "llm-service";
        String trustZone = "inference";
        DataClassification classification = DataClassification.CONFIDENTIAL;
        String owner = "alice";
        Map<String, String> selector = new LinkedHashMap<>(Map.of("app", "llm-service"));
        List<Integer> ports = List.of(8080);
    }

    static WorkloadSpec workload(Consumer<Workload> change) {
        Workload b = new Workload();
        change.accept(b);
        return new WorkloadSpec(b.name, b.namespace, b.serviceAccount, b.trustZone, b.classification, b.owner,
                b.selector, b.ports, true);
    }

    static final class Person {
        String username = "alice";
        String email = "alice@example.org";
        String displayName = "Alice Example";
    }

    static PersonSpec person(Consumer<Person> change) {
        Person b = new Person();
        change.accept(b);
        return new PersonSpec(b.username, b.email, b.displayName, true);
    }

    static final class Role {
        String name = "model-reader";
        String description = "May read model metadata";
    }

    static RoleSpec role(Consumer<Role> change) {
        Role b = new Role();
        change.accept(b);
        return new RoleSpec(b.name, b.description);
    }

    static final class Assignment {
        String role = "model-reader";
        SubjectKind subjectKind = SubjectKind.PERSON;
        String subject = "alice";
        Instant expiresAt = NOW.plusSeconds(3600);
    }

    static RoleAssignmentSpec assignment(Consumer<Assignment> change) {
        Assignment b = new Assignment();
        change.accept(b);
        return new RoleAssignmentSpec(b.role, b.subjectKind, b.subject, b.expiresAt);
    }

    static final class Permission {
        String source = "api-gateway";
        String destination = "llm-service";
        List<String> methods = List.of("POST");
        List<String> paths = List.of("/v1/completions", "/v1/models/*");
        List<Integer> ports = List.of(8080);
        String requiredRole = "llm-user";
        Instant expiresAt = null;
    }

    static ServicePermissionSpec permission(Consumer<Permission> change) {
        Permission b = new Permission();
        change.accept(b);
        return new ServicePermissionSpec(b.source, b.destination, b.methods, b.paths, b.ports, b.requiredRole,
                b.expiresAt, false);
    }

    static final class Grant {
        String name = "llm-config-reader";
        String workload = "llm-service";
        String namespace = "inference";
        List<String> verbs = List.of("get", "watch");
        List<String> apiGroups = List.of("");
        List<String> resources = List.of("configmaps");
        List<String> resourceNames = List.of("llm-config");
        Instant expiresAt = NOW.plusSeconds(86_400);
    }

    static ClusterAccessGrantSpec grant(Consumer<Grant> change) {
        Grant b = new Grant();
        change.accept(b);
        return new ClusterAccessGrantSpec(b.name, b.workload, b.namespace, b.verbs, b.apiGroups, b.resources,
                b.resourceNames, b.expiresAt);
    }
}
