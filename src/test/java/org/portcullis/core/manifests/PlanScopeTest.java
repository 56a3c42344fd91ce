package org.portcullis.core.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.portcullis.core.model.ClusterAccessGrantSpec;
import org.portcullis.core.model.DataClassification;
import org.portcullis.core.model.MtlsMode;
import org.portcullis.core.model.NamespaceSpec;
import org.portcullis.core.model.PolicyModel;
import org.portcullis.core.model.ServicePermissionSpec;
import org.portcullis.core.model.TrustZoneSpec;
import org.portcullis.core.model.WorkloadSpec;
import org.portcullis.core.model.Sensitivity;
import org.portcullis.core.requests.ModelEdits;
import org.portcullis.core.requests.ModelEdits.Edit;
import org.portcullis.core.requests.Operation;

/** A plan compiled for the affected namespaces only must equal the plan of two whole-model compiles. */
class PlanScopeTest {

    private static final PolicyModel BEFORE = SeedModels.aiPipeline();

    static Stream<Arguments> edits() {
        WorkloadSpec llm = workload("llm-service");
        WorkloadSpec preprocessor = workload("preprocessor");
        ServicePermissionSpec gatewayToLlm = permission("api-gateway", "llm-service");
        ServicePermissionSpec existing = BEFORE.permissions().getFirst();
        ClusterAccessGrantSpec grant = BEFORE.grants().getFirst();
        TrustZoneSpec modelServing = BEFORE.zones().stream().filter(z -> z.name().equals("model-serving")).findFirst()
                .orElseThrow();
        return Stream.of(
                Arguments.of("new permission", List.of(new Edit(Operation.CREATE, null, gatewayToLlm))),
                Arguments.of("changed permission", List.of(new Edit(Operation.UPDATE, existing,
                        new ServicePermissionSpec(existing.source(), existing.destination(), List.of("GET"),
                                existing.paths(), existing.ports(), null, null, false)))),
                Arguments.of("deleted permission", List.of(new Edit(Operation.DELETE, existing, null))),
                Arguments.of("workload moves namespace (its callers' and callees' policies change)",
                        List.of(new Edit(Operation.UPDATE, preprocessor, moved(preprocessor, "staging")))),
                Arguments.of("workload gets another service account",
                        List.of(new Edit(Operation.UPDATE, llm, new WorkloadSpec(llm.name(), llm.namespace(), "llm-v2",
                                llm.trustZone(), llm.classification(), llm.owner(), llm.selector(), llm.ports(),
                                llm.acceptsEndUserJwt())))),
                Arguments.of("new workload in a new namespace", List.of(new Edit(Operation.CREATE, null,
                        new WorkloadSpec("reranker", "search", "reranker", "edge", DataClassification.INTERNAL, "erin",
                                Map.of("app", "reranker"), List.of(9000), false)))),
                Arguments.of("new workload and a permission to call it", List.of(
                        new Edit(Operation.CREATE, null, new WorkloadSpec("reranker", "search", "reranker", "edge",
                                DataClassification.INTERNAL, "erin", Map.of("app", "reranker"), List.of(9000), false)),
                        new Edit(Operation.CREATE, null, permission("llm-service", "reranker")))),
                Arguments.of("deleted grant", List.of(new Edit(Operation.DELETE, grant, null))),
                Arguments.of("zone becomes permissive", List.of(new Edit(Operation.UPDATE, modelServing,
                        new TrustZoneSpec(modelServing.name(), "", Sensitivity.HIGH, MtlsMode.PERMISSIVE)))),
                Arguments.of("namespace put in dry-run", List.of(new Edit(Operation.CREATE, null,
                        new NamespaceSpec("ml", "observe first", true)))),
                Arguments.of("namespace in dry-run and a new permission into it", List.of(
                        new Edit(Operation.CREATE, null, new NamespaceSpec("ml", "", true)),
                        new Edit(Operation.CREATE, null, gatewayToLlm))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void shouldPlanTheSameAsAWholeModelCompile(String name, List<Edit> edits) {
        PolicyModel after = ModelEdits.apply(BEFORE, edits, 99L);
        List<Object> touched = edits.stream().flatMap(e -> Stream.of(e.before(), e.after())).toList();
        Set<String> namespaces = PlanScope.affectedNamespaces(BEFORE, touched);
        PolicyModel base = PlanScope.slice(BEFORE, namespaces, touched);
        PolicyModel proposedSlice = ModelEdits.apply(base, edits, 99L);

        ManifestDiff whole = ManifestDiff.between(manifests(PolicyCompiler.compile(BEFORE, SeedModels.options())),
                manifests(PolicyCompiler.compile(after, SeedModels.options())));
        ManifestDiff scoped = ManifestDiff.between(
                manifests(PlanScope.compile(base, namespaces, SeedModels.options())),
                manifests(PlanScope.compile(proposedSlice, namespaces, SeedModels.options())));

        assertThat(whole.isEmpty()).as("the edit changes manifests").isFalse();
        assertThat(scoped).isEqualTo(whole);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void shouldCompileEachAffectedNamespaceAsTheWholeModelDoes(String name, List<Edit> edits) {
        PolicyModel after = ModelEdits.apply(BEFORE, edits, 99L);
        List<Object> touched = edits.stream().flatMap(e -> Stream.of(e.before(), e.after())).toList();
        Set<String> namespaces = PlanScope.affectedNamespaces(BEFORE, touched);

        assertThat(PlanScope.compile(after, namespaces, SeedModels.options()))
                .isEqualTo(PolicyCompiler.compile(after, SeedModels.options()).stream()
                        .filter(o -> namespaces.contains(o.namespace())).toList());
    }

    /** Not YAML (that lives outside the core): the object's key and body text are enough to compare. */
    private static List<Manifest> manifests(List<K8sObject> objects) {
        return objects.stream().map(o -> new Manifest(o.apiVersion(), o.kind(), o.namespace(), o.name(),
                o.body().toString().replace(", ", ",\n"))).toList();
    }

    private static WorkloadSpec workload(String name) {
        return BEFORE.workloads().stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow();
    }

    private static WorkloadSpec moved(WorkloadSpec w, String namespace) {
        return new WorkloadSpec(w.name(), namespace, w.serviceAccount(), w.trustZone(), w.classification(), w.owner(),
                w.selector(), w.ports(), w.acceptsEndUserJwt());
    }

    private static ServicePermissionSpec permission(String source, String destination) {
        return new ServicePermissionSpec(source, destination, List.of("POST"), List.of("/v1/x"), List.of(8000), null,
                null, false);
    }
}
