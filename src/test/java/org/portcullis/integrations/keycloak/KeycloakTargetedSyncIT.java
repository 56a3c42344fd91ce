package org.portcullis.integrations.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.integrations.keycloak.KeycloakDirectoryIT.approvedAssignments;
import static org.portcullis.integrations.keycloak.KeycloakDirectoryIT.desired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.portcullis.core.model.RoleAssignmentSpec;
import org.portcullis.core.model.SubjectKind;
import org.portcullis.core.sync.CurrentRealm;
import org.portcullis.core.sync.DesiredRealm;
import org.portcullis.core.sync.Drift;
import org.portcullis.core.sync.SyncPlan;
import org.portcullis.core.sync.SyncPlanner;
import org.portcullis.core.sync.SyncScope;
import org.portcullis.core.sync.SyncStep;
import org.portcullis.core.sync.SyncTarget;
import org.portcullis.testing.KeycloakServer;

/**
 * Targeted reads and syncs against a real Keycloak: a scoped read sees what a whole read sees of the same objects,
 * and a targeted sync of one change costs a few requests, reverts hand edits only inside its scope and leaves
 * everything else alone.
 */
class KeycloakTargetedSyncIT {

    static KeycloakServer server;

    RealmFixture fixture;
    KeycloakDirectory directory;

    @BeforeAll
    static void startKeycloak() {
        server = KeycloakServer.shared();
    }

    @BeforeEach
    void createRealm(TestInfo test) {
        fixture = new RealmFixture(server, "it-t-" + test.getTestMethod().orElseThrow().getName().toLowerCase());
        directory = new KeycloakDirectory(server.clientCredentials(fixture.name()));
    }

    @AfterEach
    void dropRealm() {
        directory.close();
        fixture.close();
    }

    void syncEverything(DesiredRealm desired) {
        directory.apply(SyncPlanner.plan(desired, directory.read()), ProgressListener.NONE);
    }

    SyncPlan syncTargeted(DesiredRealm synced, DesiredRealm desired) {
        // this realm is so small that SyncTarget.choose may prefer the whole realm: target the change regardless
        SyncTarget target = new SyncTarget(SyncScope.between(synced, desired, List.of()), "test");
        SyncPlan plan = target.plan(desired, directory.read(target.scope()), Set.of());
        directory.apply(plan, ProgressListener.NONE);
        return plan;
    }

    @Test
    void scopedReadSeesWhatAWholeReadSeesOfTheSameObjects() {
        syncEverything(desired(approvedAssignments()));
        handMadeUser("mallory");
        fixture.realm().roles().create(new RoleRepresentation("hand-made", null, false));
        grantByHand("mallory", "reader");
        grantByHand("bob", "hand-made");
        CurrentRealm whole = directory.read();

        for (SyncScope scope : List.of(
                SyncScope.of("user/alice"),
                SyncScope.of("user/alice", "role/reader"),
                SyncScope.of("user/mallory", "user/bob", "role/reader", "role/hand-made", "role/writer"),
                SyncScope.of("client/llm-inference", "role/auditor", "role/reader"),
                SyncScope.of("client/api-gateway", "client/llm-inference"),
                SyncScope.of("user/nobody", "role/no-such-role", "client/no-such-client"),
                SyncScope.of("role/offline_access", "role/default-roles-" + fixture.name(), "client/account",
                        "user/alice"))) {
            CurrentRealm scoped = directory.read(scope);
            assertThat(scope.within(scoped)).as(scope.toString()).isEqualTo(scope.within(whole));
        }
    }

    @Test
    void oneGrantIsSyncedWithAFewRequestsAndLeavesTheRestAsItWas() {
        DesiredRealm synced = desired(approvedAssignments());
        syncEverything(synced);
        handMadeUser("mallory");
        UserRepresentation bob = fixture.user("bob");
        bob.setEmail("bob@edited-by-hand.example");
        fixture.realm().users().get(bob.getId()).update(bob);
        List<RoleAssignmentSpec> granted = new ArrayList<>(approvedAssignments());
        granted.add(new RoleAssignmentSpec("auditor", SubjectKind.PERSON, "alice", null));
        DesiredRealm desired = desired(granted);
        long requestsBefore = directory.requestCount();

        SyncPlan plan = syncTargeted(synced, desired);

        assertThat(plan.steps()).extracting(SyncStep::toString)
                .containsExactly("CREATE role-mapping/user/alice->auditor");
        assertThat(plan.drift()).isEmpty();
        // alice's search and role mappings, the role, one write (a token request may come on top)
        assertThat(directory.requestCount() - requestsBefore).isBetween(4L, 5L);
        assertThat(fixture.user("bob").getEmail()).isEqualTo("bob@edited-by-hand.example");
        SyncPlan full = SyncPlanner.plan(desired, directory.read());
        assertThat(full.steps()).extracting(SyncStep::toString)
                .containsExactly("UPDATE user/bob [email: bob@edited-by-hand.example -> bob@example.org]");
        assertThat(full.drift()).extracting(Drift::key).containsExactly("user/mallory");
    }

    @Test
    void targetedSyncRevertsHandEditsInsideItsScopeAsAFullSyncWould() {
        DesiredRealm synced = desired(approvedAssignments());
        syncEverything(synced);
        UserRepresentation alice = fixture.user("alice");
        alice.setEmail("alice@attacker.example");
        fixture.realm().users().get(alice.getId()).update(alice);
        grantByHand("alice", "writer");
        List<RoleAssignmentSpec> revoked = new ArrayList<>(approvedAssignments());
        revoked.removeIf(assignment -> assignment.subject().equals("alice") && assignment.role().equals("reader"));
        DesiredRealm desired = desired(revoked);
        SyncPlan wouldBeFull = SyncPlanner.plan(desired, directory.read());

        SyncPlan plan = syncTargeted(synced, desired);

        assertThat(plan.steps()).extracting(SyncStep::toString).containsExactly(
                "UPDATE user/alice [email: alice@attacker.example -> alice@example.org]",
                "DELETE role-mapping/user/alice->reader");
        assertThat(wouldBeFull.steps()).containsAll(plan.steps());
        // alice->writer was made by hand outside the scope (writer did not change): the next full sync removes it
        SyncPlan full = SyncPlanner.plan(desired, directory.read());
        assertThat(full.steps()).extracting(SyncStep::toString)
                .containsExactly("DELETE role-mapping/user/alice->writer");
    }

    @Test
    void targetedSyncCreatesAndDeletesObjectsAndTheirMappings() {
        DesiredRealm synced = desired(approvedAssignments());
        syncEverything(synced);
        List<RoleAssignmentSpec> changed = new ArrayList<>(approvedAssignments());
        changed.removeIf(assignment -> assignment.subject().equals("api-gateway"));
        changed.add(new RoleAssignmentSpec("writer", SubjectKind.WORKLOAD, "llm-inference", null));
        var model = KeycloakDirectoryIT.model(changed);
        var withoutGateway = new org.portcullis.core.model.PolicyModel(model.zones(),
                model.workloads().stream().filter(w -> !w.name().equals("api-gateway")).toList(), model.people(),
                model.roles(), model.roleAssignments(), model.permissions(), model.grants(), List.of(), Map.of());
        DesiredRealm desired = DesiredRealm.from(withoutGateway, KeycloakDirectoryIT.NOW);

        SyncPlan plan = syncTargeted(synced, desired);

        assertThat(plan.steps()).extracting(SyncStep::toString).containsExactly(
                "CREATE role-mapping/client/llm-inference->writer", "DELETE client/api-gateway");
        assertThat(SyncPlanner.plan(desired, directory.read()).isEmpty()).isTrue();
        assertThat(fixture.workloadTokenRoles("llm-inference"))
                .isEqualTo(fixture.withDefaultRoles("reader", "auditor", "writer"));
    }

    @Test
    void anAdoptedUserIsTakenOverByATargetedSync() {
        DesiredRealm synced = desired(approvedAssignments());
        syncEverything(synced);
        handMadeUser("mallory");
        var model = KeycloakDirectoryIT.model(approvedAssignments());
        var people = new ArrayList<>(model.people());
        people.add(new org.portcullis.core.model.PersonSpec("mallory", null, "mallory", true));
        List<RoleAssignmentSpec> assignments = new ArrayList<>(approvedAssignments());
        assignments.add(new RoleAssignmentSpec("reader", SubjectKind.PERSON, "mallory", null));
        DesiredRealm desired = DesiredRealm.from(new org.portcullis.core.model.PolicyModel(model.zones(),
                model.workloads(), people, model.roles(), assignments, model.permissions(), model.grants(), List.of(), Map.of()),
                KeycloakDirectoryIT.NOW);
        SyncTarget target = new SyncTarget(SyncScope.between(synced, desired, List.of("user/mallory")), "test");

        SyncPlan plan = target.plan(desired, directory.read(target.scope()), Set.of("user/mallory"));
        directory.apply(plan, ProgressListener.NONE);

        assertThat(plan.steps()).extracting(SyncStep::toString).containsExactly(
                "UPDATE user/mallory [firstName: null -> mallory, portcullis.managed: null -> true]",
                "CREATE role-mapping/user/mallory->reader");
        assertThat(SyncPlanner.plan(desired, directory.read()).isEmpty()).isTrue();
    }

    private void handMadeUser(String username) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEnabled(true);
        fixture.realm().users().create(user).close();
    }

    private void grantByHand(String username, String role) {
        fixture.realm().users().get(fixture.user(username).getId()).roles().realmLevel()
                .add(List.of(fixture.realm().roles().get(role).toRepresentation()));
    }
}
