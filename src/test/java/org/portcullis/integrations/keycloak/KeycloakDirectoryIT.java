package org.portcullis.integrations.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.keycloak.representations.idm.UserRepresentation;
import org.portcullis.core.model.DataClassification;
import org.portcullis.core.model.PersonSpec;
import org.portcullis.core.model.PolicyModel;
import org.portcullis.core.model.RoleAssignmentSpec;
import org.portcullis.core.model.RoleSpec;
import org.portcullis.core.model.SubjectKind;
import org.portcullis.core.model.WorkloadSpec;
import org.portcullis.core.sync.CurrentRealm;
import org.portcullis.core.sync.DesiredRealm;
import org.portcullis.core.sync.Drift;
import org.portcullis.core.sync.SyncAction;
import org.portcullis.core.sync.SyncPlan;
import org.portcullis.core.sync.SyncPlanner;
import org.portcullis.core.sync.SyncStep;
import org.portcullis.testing.KeycloakServer;

/** The sync against a real Keycloak: one server per JVM, one fresh realm per test. */
class KeycloakDirectoryIT {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    static KeycloakServer server;

    RealmFixture fixture;
    KeycloakDirectory directory;

    @BeforeAll
    static void startKeycloak() {
        server = KeycloakServer.shared();
    }

    @BeforeEach
    void createRealm(TestInfo test) {
        fixture = new RealmFixture(server, "it-" + test.getTestMethod().orElseThrow().getName().toLowerCase());
        directory = new KeycloakDirectory(server.clientCredentials(fixture.name()));
    }

    @AfterEach
    void dropRealm() {
        directory.close();
        fixture.close();
    }

    static PolicyModel model(List<RoleAssignmentSpec> assignments) {
        return new PolicyModel(List.of(),
                List.of(workload("llm-inference"), workload("api-gateway")),
                List.of(new PersonSpec("alice", "alice@example.org", "Alice Liddell", true),
                        new PersonSpec("bob", "bob@example.org", "Bob Builder", true)),
                List.of(new RoleSpec("reader", "may read"), new RoleSpec("writer", "may write"),
                        new RoleSpec("auditor", null)),
                assignments, List.of(), List.of(), List.of(), Map.of());
    }

    static List<RoleAssignmentSpec> approvedAssignments() {
        return List.of(
                new RoleAssignmentSpec("reader", SubjectKind.PERSON, "alice", null),
                new RoleAssignmentSpec("writer", SubjectKind.PERSON, "alice", NOW.minusSeconds(1)),
                new RoleAssignmentSpec("writer", SubjectKind.PERSON, "bob", NOW.plusSeconds(3600)),
                new RoleAssignmentSpec("reader", SubjectKind.WORKLOAD, "llm-inference", null),
                new RoleAssignmentSpec("auditor", SubjectKind.WORKLOAD, "llm-inference", null),
                new RoleAssignmentSpec("writer", SubjectKind.WORKLOAD, "api-gateway", null));
    }

    static WorkloadSpec workload(String name) {
        return new WorkloadSpec(name, "ai", name, "models", DataClassification.INTERNAL, "alice", Map.of("app", name),
                List.of(8080), false);
    }

    static DesiredRealm desired(List<RoleAssignmentSpec> assignments) {
        return DesiredRealm.from(model(assignments), NOW);
    }

    SyncPlan sync(DesiredRealm desired) {
        SyncPlan plan = SyncPlanner.plan(desired, directory.read());
        directory.apply(plan, ProgressListener.NONE);
        return plan;
    }

    @Test
    void firstSyncCreatesEverythingAndASecondSyncSendsNoWrite() {
        DesiredRealm desired = desired(approvedAssignments());

        SyncPlan first = sync(desired);

        assertThat(first.counts()).isEqualTo(Map.of(SyncAction.CREATE, 12L)); // 3 roles, 2 users, 2 clients, 5 mappings
        long requestsBefore = directory.requestCount();
        long writesBefore = directory.writeCount();
        SyncPlan second = sync(desired);
        assertThat(second.isEmpty()).as("second plan %s", second.steps()).isTrue();
        assertThat(directory.writeCount()).isEqualTo(writesBefore);
        // users, roles and clients lists plus one member list per managed role (3): no per-user reads
        assertThat(directory.requestCount() - requestsBefore).isLessThanOrEqualTo(3 + 3 + 1);
        CurrentRealm current = directory.read();
        assertThat(current.users()).isEqualTo(desired.users());
        assertThat(current.roles()).isEqualTo(desired.roles());
        assertThat(current.clients()).isEqualTo(desired.clients());
        assertThat(current.mappings()).isEqualTo(desired.mappings());
    }

    @Test
    void tokensCarryExactlyTheApprovedRolesAndLoseRevokedOnes() {
        fixture.createPasswordLoginClient();
        sync(desired(approvedAssignments()));
        fixture.setPassword("alice", "test-only-secret");

        assertThat(fixture.userTokenRoles("alice", "test-only-secret")).isEqualTo(fixture.withDefaultRoles("reader"));
        assertThat(fixture.workloadTokenRoles("llm-inference"))
                .isEqualTo(fixture.withDefaultRoles("reader", "auditor"));
        assertThat(fixture.workloadTokenRoles("api-gateway")).isEqualTo(fixture.withDefaultRoles("writer"));

        List<RoleAssignmentSpec> revoked = new ArrayList<>(approvedAssignments());
        revoked.removeIf(assignment -> assignment.role().equals("reader"));
        SyncPlan revocation = sync(desired(revoked));

        assertThat(revocation.steps()).extracting(SyncStep::toString).containsExactly(
                "DELETE role-mapping/user/alice->reader", "DELETE role-mapping/client/llm-inference->reader");
        assertThat(fixture.userTokenRoles("alice", "test-only-secret")).isEqualTo(fixture.withDefaultRoles());
        assertThat(fixture.workloadTokenRoles("llm-inference")).isEqualTo(fixture.withDefaultRoles("auditor"));
    }

    @Test
    void emailEditedByHandIsRevertedAndAUserCreatedByHandIsLeftAlone() {
        DesiredRealm desired = desired(approvedAssignments());
        sync(desired);
        UserRepresentation alice = fixture.user("alice");
        alice.setEmail("alice@attacker.example");
        fixture.realm().users().get(alice.getId()).update(alice);
        UserRepresentation mallory = new UserRepresentation();
        mallory.setUsername("mallory");
        mallory.setEnabled(true);
        fixture.realm().users().create(mallory).close();

        SyncPlan plan = SyncPlanner.plan(desired, directory.read());

        assertThat(plan.steps()).extracting(SyncStep::toString)
                .containsExactly("UPDATE user/alice [email: alice@attacker.example -> alice@example.org]");
        assertThat(plan.drift()).extracting(Drift::toString).containsExactly(
                "UNMANAGED user/mallory: not managed by Portcullis: left alone (adopt it into the model to manage it)");
        directory.apply(plan, ProgressListener.NONE);
        assertThat(fixture.user("alice").getEmail()).isEqualTo("alice@example.org");
        assertThat(fixture.user("mallory")).isNotNull();
        assertThat(SyncPlanner.plan(desired, directory.read()).isEmpty()).isTrue();
    }

    @Test
    void keycloakStoppedInTheMiddleOfApplyFailsRetryablyAndTheRetryCompletes() {
        DesiredRealm desired = desired(approvedAssignments());
        SyncPlan plan = SyncPlanner.plan(desired, directory.read());
        ProgressListener stopAfterFiveSteps = (step, done, total) -> {
            if (done == 5) {
                server.stop();
            }
        };

        assertThatThrownBy(() -> directory.apply(plan, stopAfterFiveSteps))
                .isInstanceOfSatisfying(IdentityDirectoryException.class, failure -> {
                    assertThat(failure.retryable()).isTrue();
                    assertThat(failure.appliedSteps()).isEqualTo(5);
                    assertThat(failure.getMessage()).contains("unreachable", "step 6 of 12", "retry");
                });

        server.start();
        SyncPlan retry = SyncPlanner.plan(desired, directory.read());
        assertThat(retry.steps()).hasSize(7);
        directory.apply(retry, ProgressListener.NONE);
        CurrentRealm current = directory.read();
        assertThat(current.users()).isEqualTo(desired.users());
        assertThat(current.clients()).isEqualTo(desired.clients());
        assertThat(current.mappings()).isEqualTo(desired.mappings());
        assertThat(SyncPlanner.plan(desired, current).isEmpty()).isTrue();
    }

    @Test
    void aHandMadeUserWithAModelNameIsOnlyTakenOverWhenAdopted() {
        UserRepresentation handMade = new UserRepresentation();
        handMade.setUsername("alice");
        handMade.setEmail("alice@old.example");
        handMade.setEnabled(true);
        fixture.realm().users().create(handMade).close();
        DesiredRealm desired = desired(approvedAssignments());

        SyncPlan plan = sync(desired);

        assertThat(plan.drift()).extracting(Drift::key).containsExactly("user/alice");
        assertThat(plan.steps()).extracting(SyncStep::toString).noneMatch(step -> step.contains("user/alice"));
        assertThat(fixture.user("alice").getEmail()).isEqualTo("alice@old.example");

        SyncPlan adoption = SyncPlanner.plan(desired, directory.read(), java.util.Set.of("user/alice"));
        directory.apply(adoption, ProgressListener.NONE);

        assertThat(adoption.steps()).extracting(SyncStep::toString).containsExactly(
                "UPDATE user/alice [email: alice@old.example -> alice@example.org, firstName: null -> Alice, "
                        + "lastName: null -> Liddell, portcullis.managed: null -> true]",
                "CREATE role-mapping/user/alice->reader");
        SyncPlan after = SyncPlanner.plan(desired, directory.read());
        assertThat(after.isEmpty()).isTrue();
        assertThat(after.drift()).isEmpty();
    }

    @Test
    void endpointsComeFromTheRealmsDiscoveryDocumentAlsoForTheAdminUser() {
        try (KeycloakDirectory asAdminUser = new KeycloakDirectory(server.adminUser(fixture.name()))) {
            assertThat(asAdminUser.endpoints()).isEqualTo(new RealmEndpoints(
                    server.url() + "/realms/" + fixture.name(),
                    server.url() + "/realms/" + fixture.name() + "/protocol/openid-connect/certs"));
            assertThat(asAdminUser.read().users()).isEmpty();
        }
    }
}
