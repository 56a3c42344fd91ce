package org.portcullis.core.audit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.portcullis.core.model.DataClassification;
import org.portcullis.core.model.NamespaceSpec;
import org.portcullis.core.model.WorkloadSpec;
import org.portcullis.core.requests.ObjectKind;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class EnforcementAtTimeTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant ASKED = T0.plusSeconds(1000);

    private static WorkloadSpec llm(String namespace) {
        return new WorkloadSpec("llm-service", namespace, "llm-service", "serving", DataClassification.INTERNAL,
                "erin", Map.of("app", "llm-service"), List.of(8000), false);
    }

    private static AccessAtTime.Change workload(int second, String action, WorkloadSpec before, WorkloadSpec after) {
        return new AccessAtTime.Change(T0.plusSeconds(second), action, ObjectKind.WORKLOAD, "llm-service", before,
                after, (long) second);
    }

    private static AccessAtTime.Change namespace(int second, String action, NamespaceSpec before, NamespaceSpec after) {
        return new AccessAtTime.Change(T0.plusSeconds(second), action, ObjectKind.NAMESPACE,
                (after != null ? after : before).name(), before, after, (long) second);
    }

    private static final NamespaceSpec ML_DRY = new NamespaceSpec("ml", "observe", true);
    private static final NamespaceSpec ML_ENFORCED = new NamespaceSpec("ml", "done", false);
    private static final String CREATED = AccessAtTime.CREATED;
    private static final String UPDATED = AccessAtTime.UPDATED;
    private static final String DELETED = AccessAtTime.DELETED;

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("namespace in dry-run at the time", List.of(
                        workload(1, CREATED, null, llm("ml")), namespace(10, CREATED, null, ML_DRY)),
                        Optional.of(new EnforcementAtTime.DryRun("ml", T0.plusSeconds(10), 10L))),
                arguments("never in dry-run", List.of(workload(1, CREATED, null, llm("ml"))), Optional.empty()),
                arguments("dry-run of another namespace", List.of(workload(1, CREATED, null, llm("ml")),
                        namespace(10, CREATED, null, new NamespaceSpec("edge", null, true))), Optional.empty()),
                arguments("enforced again before the time", List.of(workload(1, CREATED, null, llm("ml")),
                        namespace(10, CREATED, null, ML_DRY), namespace(20, UPDATED, ML_DRY, ML_ENFORCED)),
                        Optional.empty()),
                arguments("enforced again only after the time", List.of(workload(1, CREATED, null, llm("ml")),
                        namespace(10, CREATED, null, ML_DRY), namespace(2000, UPDATED, ML_DRY, ML_ENFORCED)),
                        Optional.of(new EnforcementAtTime.DryRun("ml", T0.plusSeconds(10), 10L))),
                arguments("dry-run only after the time", List.of(workload(1, CREATED, null, llm("ml")),
                        namespace(2000, CREATED, null, ML_DRY)), Optional.empty()),
                arguments("setting deleted before the time", List.of(workload(1, CREATED, null, llm("ml")),
                        namespace(10, CREATED, null, ML_DRY), namespace(20, DELETED, ML_DRY, null)), Optional.empty()),
                arguments("note changed while in dry-run keeps the first since", List.of(
                        workload(1, CREATED, null, llm("ml")), namespace(10, CREATED, null, ML_DRY),
                        namespace(20, UPDATED, ML_DRY, new NamespaceSpec("ml", "longer", true))),
                        Optional.of(new EnforcementAtTime.DryRun("ml", T0.plusSeconds(10), 10L))),
                arguments("workload moved out of the dry-run namespace before the time", List.of(
                        workload(1, CREATED, null, llm("ml")), namespace(10, CREATED, null, ML_DRY),
                        workload(20, UPDATED, llm("ml"), llm("serving"))), Optional.empty()),
                arguments("workload moved into the dry-run namespace", List.of(
                        workload(1, CREATED, null, llm("serving")), namespace(10, CREATED, null, ML_DRY),
                        workload(20, UPDATED, llm("serving"), llm("ml"))),
                        Optional.of(new EnforcementAtTime.DryRun("ml", T0.plusSeconds(10), 10L))),
                arguments("workload deleted before the time", List.of(workload(1, CREATED, null, llm("ml")),
                        namespace(10, CREATED, null, ML_DRY), workload(20, DELETED, llm("ml"), null)),
                        Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldTellWhetherTheWorkloadsPoliciesWereEnforced(String name, List<AccessAtTime.Change> changes,
                                                           Optional<EnforcementAtTime.DryRun> expected) {
        assertThat(EnforcementAtTime.replay("llm-service", ASKED, changes)).isEqualTo(expected);
    }
}
