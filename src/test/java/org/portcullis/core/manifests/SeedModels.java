package org.portcullis.core.manifests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.portcullis.core.model.ClusterAccessGrantSpec;
import org.portcullis.core.model.DataClassification;
import org.portcullis.core.model.MtlsMode;
import org.portcullis.core.model.NamespaceSpec;
import org.portcullis.core.model.PersonSpec;
import org.portcullis.core.model.PolicyModel;
import org.portcullis.core.model.RoleSpec;
import org.portcullis.core.model.Sensitivity;
import org.portcullis.core.model.ServicePermissionSpec;
import org.portcullis.core.model.TrustZoneSpec;
import org.portcullis.core.model.WorkloadSpec;

/** Models the compiler tests share, built with tiny builders. */
public final class SeedModels {

    public static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    public static final String ISSUER = "https://keycloak.example.org/realms/portcullis";
    public static final String JWKS_URI = ISSUER + "/protocol/openid-connect/certs";

    private SeedModels() {
    }

    public static CompilerOptions options() {
        return CompilerOptions.at(NOW).withJwt(ISSUER, JWKS_URI);
    }

    /** The AI pipeline: gateway → preprocessor → llm-service → postprocessor → vector-store. */
    public static PolicyModel aiPipeline() {
        return new Builder()
                .zone("edge", Sensitivity.LOW, MtlsMode.STRICT)
                .zone("model-serving", Sensitivity.HIGH, MtlsMode.STRICT)
                .zone("data", Sensitivity.HIGH, MtlsMode.STRICT)
                .workload("api-gateway", "edge", "edge", DataClassification.INTERNAL, 8080, false)
                .workload("preprocessor", "ml", "model-serving", DataClassification.CONFIDENTIAL, 8080, true)
                .workload("llm-service", "ml", "model-serving", DataClassification.PII, 8000, false)
                .workload("postprocessor", "data", "data", DataClassification.PII, 8080, false)
                .workload("vector-store", "data", "data", DataClassification.PII, 6333, false)
                .permission(new ServicePermissionSpec("api-gateway", "preprocessor", List.of("POST"),
                        List.of("/v1/preprocess"), List.of(8080), "ml-user", null, false))
                .permission(new ServicePermissionSpec("preprocessor", "llm-service", List.of("POST"),
                        List.of("/v1/completions", "/v1/chat/completions"), List.of(8000), null, null, false))
                .permission(new ServicePermissionSpec("llm-service", "postprocessor", List.of("POST"),
                        List.of("/v1/postprocess"), List.of(8080), null, null, true))
                .permission(new ServicePermissionSpec("postprocessor", "vector-store", List.of("GET", "POST"),
                        List.of("/collections/*"), List.of(6333), null, null, false))
                .grant(new ClusterAccessGrantSpec("preprocessor-read-config", "preprocessor", "ml",
                        List.of("get", "list"), List.of(""), List.of("configmaps"), List.of(), null))
                .origin("workload/api-gateway", 1L).origin("workload/preprocessor", 2L)
                .origin("workload/llm-service", 3L).origin("workload/postprocessor", 4L)
                .origin("workload/vector-store", 4L).origin("zone/data", 1L)
                .origin("permission/api-gateway->preprocessor", 12L).origin("permission/api-gateway->preprocessor", 15L)
                .origin("permission/preprocessor->llm-service", 13L)
                .origin("permission/llm-service->postprocessor", 16L)
                .origin("permission/postprocessor->vector-store", 14L)
                .origin("grant/preprocessor-read-config", 17L)
                .build();
    }

    /** Options for the edge cases (the dry-run namespace {@code canary} is part of the model itself). */
    public static CompilerOptions edgeCaseOptions() {
        return options();
    }

    /**
     * Empty operations (any), several sources to one destination, a PERMISSIVE zone (alone and mixed with a STRICT
     * one), expired and boundary-expired permissions and grants, JWT workloads, resourceNames, a grant in another
     * namespace, a shared service account, a dry-run namespace, names at and beyond 63 characters.
     */
    public static PolicyModel edgeCases() {
        String longName = "x".repeat(50) + "-inference-api";        // 64 characters: "-allow" must be shortened
        String fittingName = "y".repeat(53) + "-svc";               // 57 characters: "-allow" just fits (63)
        return new Builder()
                .zone("core", Sensitivity.MEDIUM, MtlsMode.STRICT)
                .zone("legacy", Sensitivity.LOW, MtlsMode.PERMISSIVE)
                .workload("billing-api", "payments", "core", DataClassification.CONFIDENTIAL, 8443, true)
                .workload("checkout", "payments", "core", DataClassification.INTERNAL, 8080, false)
                .workload("fraud-check", "payments", "core", DataClassification.PII, 9090, false)
                .workload("old-crm", "legacy", "legacy", DataClassification.PII, 80, false)
                .workload("old-reports", "legacy", "legacy", DataClassification.INTERNAL, 80, false)
                .workload("migrating-batch", "mixed", "legacy", DataClassification.INTERNAL, 8080, false)
                .workload("new-batch", "mixed", "core", DataClassification.INTERNAL, 8080, false)
                .workload("canary-web", "canary", "core", DataClassification.PUBLIC, 8080, true)
                .workload(new WorkloadSpec(longName, "canary", longName, "core", DataClassification.INTERNAL, "alice",
                        Map.of("app", "inference-api"), List.of(8080), false))
                .workload(fittingName, "canary", "core", DataClassification.INTERNAL, 8080, false)
                .workload(new WorkloadSpec("report-worker", "legacy", "old-reports", "legacy",
                        DataClassification.INTERNAL, "bob", Map.of("app", "report-worker", "tier", "batch"),
                        List.of(), false))
                // several sources to one destination, one with every operation left open
                .permission(new ServicePermissionSpec("checkout", "billing-api", List.of("POST"), List.of(),
                        List.of(8443), "billing-user", null, false))
                .permission(new ServicePermissionSpec("fraud-check", "billing-api", List.of(), List.of(), List.of(),
                        null, null, false))
                .permission(new ServicePermissionSpec("old-crm", "billing-api", List.of("GET"),
                        List.of("/invoices/*", "/customers"), List.of(), null, NOW.plus(Duration.ofDays(30)), false))
                .permission(new ServicePermissionSpec("new-batch", "billing-api", List.of("GET", "GET", "HEAD"),
                        List.of(), List.of(8443, 443), null, null, true))
                // expired (before now) and expired exactly now: both left out
                .permission(new ServicePermissionSpec("checkout", "fraud-check", List.of("POST"), List.of("/score"),
                        List.of(9090), null, NOW.minus(Duration.ofDays(1)), false))
                .permission(new ServicePermissionSpec("old-reports", "old-crm", List.of("GET"), List.of(),
                        List.of(80), null, NOW, false))
                .permission(new ServicePermissionSpec("canary-web", longName, List.of("POST"), List.of("/predict"),
                        List.of(8080), null, null, false))
                .permission(new ServicePermissionSpec("canary-web", fittingName, List.of(), List.of("/healthz"),
                        List.of(), null, null, false))
                .permission(new ServicePermissionSpec("report-worker", "canary-web", List.of("GET"), List.of("/"),
                        List.of(8080), "viewer", null, false))
                .grant(new ClusterAccessGrantSpec("fraud-check-read-model", "fraud-check", "payments",
                        List.of("get", "watch"), List.of(""), List.of("configmaps", "secrets"),
                        List.of("fraud-model", "fraud-thresholds"), null))
                .grant(new ClusterAccessGrantSpec("batch-jobs", "migrating-batch", "legacy",
                        List.of("create", "delete", "get"), List.of("batch"), List.of("jobs"), List.of(), null))
                .grant(new ClusterAccessGrantSpec("expired-debug", "checkout", "payments",
                        List.of("get"), List.of(""), List.of("pods/log"), List.of(), NOW.minusSeconds(1)))
                .origin("workload/billing-api", 21L).origin("permission/checkout->billing-api", 22L)
                .origin("permission/fraud-check->billing-api", 23L).origin("permission/old-crm->billing-api", 24L)
                .origin("grant/fraud-check-read-model", 25L).origin("zone/legacy", 26L)
                // canary observed before it is enforced; payments switched back to enforcement (same as no setting)
                .namespace("canary", true).origin("namespace/canary", 27L)
                .namespace("payments", false).origin("namespace/payments", 28L)
                .build();
    }

    /** The same model with every list (and every permission's methods, paths, ports) in another order. */
    public static PolicyModel shuffled(PolicyModel model, long seed) {
        Random random = new Random(seed);
        return new PolicyModel(shuffle(model.zones(), random), shuffle(model.workloads(), random),
                shuffle(model.people(), random), shuffle(model.roles(), random),
                shuffle(model.roleAssignments(), random),
                shuffle(model.permissions().stream().map(p -> new ServicePermissionSpec(p.source(), p.destination(),
                        shuffle(p.methods(), random), shuffle(p.paths(), random), shuffle(p.ports(), random),
                        p.requiredRole(), p.expiresAt(), p.dryRun())).toList(), random),
                shuffle(model.grants(), random), shuffle(model.namespaces(), random), model.origins());
    }

    private static <T> List<T> shuffle(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

    /** Builds models; selectors default to {@code app: <name>}, service account to the workload's name. */
    public static final class Builder {
        private final List<TrustZoneSpec> zones = new ArrayList<>();
        private final List<WorkloadSpec> workloads = new ArrayList<>();
        private final List<ServicePermissionSpec> permissions = new ArrayList<>();
        private final List<ClusterAccessGrantSpec> grants = new ArrayList<>();
        private final List<RoleSpec> roles = new ArrayList<>();
        private final List<NamespaceSpec> namespaces = new ArrayList<>();
        private final Map<String, Set<Long>> origins = new TreeMap<>();

        public Builder zone(String name, Sensitivity sensitivity, MtlsMode mode) {
            zones.add(new TrustZoneSpec(name, name + " zone", sensitivity, mode));
            return this;
        }

        public Builder workload(String name, String namespace, String zone, DataClassification classification,
                                int port, boolean acceptsJwt) {
            return workload(new WorkloadSpec(name, namespace, name, zone, classification, "alice",
                    Map.of("app", name), List.of(port), acceptsJwt));
        }

        public Builder workload(WorkloadSpec workload) {
            workloads.add(workload);
            return this;
        }

        public Builder permission(ServicePermissionSpec permission) {
            permissions.add(permission);
            if (permission.requiredRole() != null
                    && roles.stream().noneMatch(role -> role.name().equals(permission.requiredRole()))) {
                roles.add(new RoleSpec(permission.requiredRole(), "end-user role"));
            }
            return this;
        }

        public Builder grant(ClusterAccessGrantSpec grant) {
            grants.add(grant);
            return this;
        }

        public Builder namespace(String name, boolean dryRun) {
            namespaces.add(new NamespaceSpec(name, name + " rollout", dryRun));
            return this;
        }

        public Builder origin(String key, long changeRequest) {
            origins.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(changeRequest);
            return this;
        }

        public PolicyModel build() {
            return new PolicyModel(zones, workloads, List.of(new PersonSpec("alice", "alice@example.org", "Alice", true)),
                    roles, List.of(), permissions, grants, namespaces, origins);
        }
    }
}
