package org.portcullis.integrations.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.portcullis.core.model.PersonSpec;
import org.portcullis.core.model.PolicyModel;
import org.portcullis.core.model.RoleAssignmentSpec;
import org.portcullis.core.model.RoleSpec;
import org.portcullis.core.model.SubjectKind;
import org.portcullis.core.sync.DesiredRealm;
import org.portcullis.core.sync.RealmUser;
import org.portcullis.core.sync.SyncPlan;
import org.portcullis.core.sync.SyncPlanner;

class InMemoryDirectoryTest {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    final InMemoryDirectory directory = new InMemoryDirectory("http://127.0.0.1:8180/realms/demo");

    static DesiredRealm desired(List<RoleAssignmentSpec> assignments) {
        return DesiredRealm.from(new PolicyModel(List.of(), List.of(),
                List.of(new PersonSpec("alice", "alice@example.org", "Alice", true),
                        new PersonSpec("bob", "bob@example.org", "Bob", true)),
                List.of(new RoleSpec("reader", null), new RoleSpec("writer", null)), assignments, List.of(), List.of(),
                List.of(), Map.of()), NOW);
    }

    static final List<RoleAssignmentSpec> ASSIGNMENTS = List.of(
            new RoleAssignmentSpec("reader", SubjectKind.PERSON, "alice", null),
            new RoleAssignmentSpec("writer", SubjectKind.PERSON, "bob", null));

    @Test
    void appliedPlanLeavesNothingToDo() {
        directory.apply(SyncPlanner.plan(desired(ASSIGNMENTS), directory.read()), ProgressListener.NONE);

        assertThat(SyncPlanner.plan(desired(ASSIGNMENTS), directory.read()).isEmpty()).isTrue();
        assertThat(directory.writeCount()).isEqualTo(6);
    }

    @Test
    void outageInTheMiddleIsRetryableAndARetryConverges() {
        SyncPlan plan = SyncPlanner.plan(desired(ASSIGNMENTS), directory.read());
        directory.failAfterWrites(3);

        assertThatThrownBy(() -> directory.apply(plan, ProgressListener.NONE))
                .isInstanceOfSatisfying(IdentityDirectoryException.class, failure -> {
                    assertThat(failure.retryable()).isTrue();
                    assertThat(failure.appliedSteps()).isEqualTo(3);
                });

        directory.failAfterWrites(-1);
        SyncPlan retry = SyncPlanner.plan(desired(ASSIGNMENTS), directory.read());
        assertThat(retry.steps()).hasSize(3);
        directory.apply(retry, ProgressListener.NONE);
        assertThat(SyncPlanner.plan(desired(ASSIGNMENTS), directory.read()).isEmpty()).isTrue();
    }

    @Test
    void handMadeUserIsReportedNeverDeleted() {
        directory.put(new RealmUser("mallory", null, null, null, true, false));

        SyncPlan plan = SyncPlanner.plan(desired(ASSIGNMENTS), directory.read());
        directory.apply(plan, ProgressListener.NONE);

        assertThat(plan.drift()).extracting(drift -> drift.key()).containsExactly("user/mallory");
        assertThat(directory.read().users()).extracting(RealmUser::username).contains("mallory");
    }

    @Test
    void progressIsReportedPerStep() {
        SyncPlan plan = SyncPlanner.plan(desired(ASSIGNMENTS), directory.read());
        List<String> seen = new java.util.ArrayList<>();

        directory.apply(plan, (step, done, total) -> seen.add(done + "/" + total));

        assertThat(seen).containsExactly("1/6", "2/6", "3/6", "4/6", "5/6", "6/6");
    }
}
