package org.portcullis.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.portcullis.core.model.PersonSpec;
import org.portcullis.core.model.PolicyModel;
import org.portcullis.core.model.RoleAssignmentSpec;
import org.portcullis.core.model.RoleSpec;
import org.portcullis.core.model.SubjectKind;
import org.portcullis.core.sync.Drift;
import org.portcullis.core.sync.DesiredRealm;
import org.portcullis.core.sync.RealmUser;
import org.portcullis.core.sync.SyncScope;
import org.portcullis.core.sync.SyncTarget;

/** When a run may read only what changed, and when it must read the whole realm. */
class SyncBaselineTest {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    static final DesiredRealm SYNCED = realm(List.of());
    static final DesiredRealm GRANTED = realm(List.of(new RoleAssignmentSpec("reader", SubjectKind.PERSON, "alice",
            null)));

    static DesiredRealm realm(List<RoleAssignmentSpec> assignments) {
        var people = new java.util.ArrayList<PersonSpec>();
        var roles = new java.util.ArrayList<RoleSpec>();
        for (int i = 0; i < 20; i++) {
            people.add(new PersonSpec("user" + i, null, null, true));
            roles.add(new RoleSpec("role" + i, null));
        }
        people.add(new PersonSpec("alice", "alice@example.org", "Alice", true));
        roles.add(new RoleSpec("reader", null));
        return DesiredRealm.from(new PolicyModel(List.of(), List.of(), people, roles, assignments, List.of(),
                List.of(), List.of(), Map.of()), NOW);
    }

    static SyncLedger.Claim claim(long run, boolean byHand, boolean retry, Long previous) {
        return new SyncLedger.Claim(run, List.of(1L), byHand ? List.of() : List.of(7L), "t", byHand, retry, previous);
    }

    static Stream<Arguments> shouldReadTheWholeRealm() {
        return Stream.of(
                Arguments.of("nothing synced since the start", null, claim(2, false, false, 1L)),
                Arguments.of("Sync now", 1L, claim(2, true, false, 1L)),
                Arguments.of("retry of a failed run's work", 1L, claim(2, false, true, 1L)),
                Arguments.of("another run since ours (another instance, or one that failed)", 1L,
                        claim(3, false, false, 2L)),
                Arguments.of("no run before this one in the database", 1L, claim(2, false, false, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void shouldReadTheWholeRealm(String name, Long syncedRun, SyncLedger.Claim claim) {
        var baseline = new SyncBaseline();
        if (syncedRun != null) {
            baseline.synced(syncedRun, SYNCED);
        }
        assertThat(baseline.targetFor(claim, GRANTED, List.of()).isWholeRealm()).isTrue();
    }

    @Test
    void shouldTargetTheChangeAfterOurOwnRun() {
        var baseline = new SyncBaseline();
        baseline.synced(1, SYNCED);
        var target = baseline.targetFor(claim(2, false, false, 1L), GRANTED, List.of("user/mallory"));
        assertThat(target.scope()).isEqualTo(SyncScope.of("user/alice", "role/reader", "user/mallory"));
    }

    @Test
    void shouldReadTheWholeRealmAfterForgetting() {
        var baseline = new SyncBaseline();
        baseline.synced(1, SYNCED);
        baseline.forget();
        assertThat(baseline.targetFor(claim(2, false, false, 1L), GRANTED, List.of()).isWholeRealm()).isTrue();
    }

    @Test
    void targetedRunRenewsOnlyTheDriftItRead() {
        var reports = new DriftReports();
        var checked = Instant.parse("2026-06-01T10:00:00Z");
        var mallory = new Drift(Drift.Type.UNMANAGED, new RealmUser("mallory", null, null, null, true, false), "x");
        var zed = new Drift(Drift.Type.UNMANAGED, new RealmUser("zed", null, null, null, true, false), "x");
        reports.record(new org.portcullis.sync.DriftReport(checked, List.of(), List.of(mallory, zed), null));

        reports.recordRun(new SyncTarget(SyncScope.of("user/mallory"), "adopted"), NOW, List.of());

        assertThat(reports.latest().orElseThrow().drift()).containsExactly(zed);
        assertThat(reports.latest().orElseThrow().checkedAt()).isEqualTo(checked);

        reports.recordRun(SyncTarget.wholeRealm("sync now"), NOW, List.of(mallory));
        assertThat(reports.latest().orElseThrow().drift()).containsExactly(mallory);
        assertThat(reports.latest().orElseThrow().checkedAt()).isEqualTo(NOW);
    }
}
