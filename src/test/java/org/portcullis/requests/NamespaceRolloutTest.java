package org.portcullis.requests;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.bootstrap.DemoData;
import org.portcullis.core.manifests.CompilerOptions;
import org.portcullis.core.manifests.K8sObject;
import org.portcullis.core.manifests.PolicyCompiler;
import org.portcullis.core.model.NamespaceSpec;
import org.portcullis.core.requests.ObjectKind;
import org.portcullis.core.requests.RequestState;
import org.portcullis.core.validation.FieldError;
import org.portcullis.inventory.InventoryRows;
import org.portcullis.inventory.PageRequest;
import org.portcullis.inventory.PolicySnapshots;
import org.portcullis.persistence.TestDatabase;
import org.portcullis.testing.Facades;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A whole namespace put in Istio dry-run, and back to enforcement, through change requests on a real database with
 * the demo inventory (edge: one LOW-zone workload; ml: a HIGH zone; data: a PII workload).
 */
class NamespaceRolloutTest {

    private TestDatabase db;
    private EntityManager em;
    private Facades portal;
    private PolicySnapshots snapshots;

    @BeforeEach
    void seed() {
        db = TestDatabase.fresh();
        em = db.entityManager();
        portal = new Facades(em, Clock.systemUTC());
        snapshots = Facades.inject(new PolicySnapshots(), "em", em);
        tx(() -> portal.requests.applyAsSystem("Demo", "seed", DemoData.items()));
    }

    @AfterEach
    void close() {
        em.close();
        db.close();
    }

    @Test
    void approvedDryRunPutsEveryAuthorizationPolicyOfTheNamespaceInDryRunAndNothingElse() {
        long id = submit("alice", ItemDraft.create(new NamespaceSpec("edge", "observe first", true)));
        assertThat(tx(() -> portal.requests.detail(id)).summary().requiredApprovals()).isEqualTo(1);
        approveAndApply(id, "bob");

        var objects = compileApproved();
        assertThat(policies(objects, "edge")).isNotEmpty()
                .allSatisfy(p -> assertThat(dryRun(p)).as(p.name()).isTrue())
                .allSatisfy(p -> assertThat(changeRequests(p)).as(p.name()).contains(String.valueOf(id)));
        assertThat(policies(objects, "ml")).isNotEmpty().noneMatch(NamespaceRolloutTest::dryRun);
        assertThat(objects).filteredOn(o -> !o.kind().equals("AuthorizationPolicy"))
                .noneMatch(NamespaceRolloutTest::dryRun);
        portal.as("dave");
        assertThat(tx(() -> portal.inventory.namespaces(PageRequest.first(100))).rows())
                .extracting(InventoryRows.Namespace::name, InventoryRows.Namespace::dryRun,
                        InventoryRows.Namespace::workloads)
                .contains(org.assertj.core.groups.Tuple.tuple("edge", true, 1L),
                        org.assertj.core.groups.Tuple.tuple("ml", false, 3L));
    }

    @Test
    void laterRequestSwitchesTheNamespaceBackToEnforcement() {
        approveAndApply(submit("alice", ItemDraft.create(new NamespaceSpec("edge", "observe first", true))), "bob");
        long enforce = submit("dave", ItemDraft.update(new NamespaceSpec("edge", "logs were clean", false)));
        approveAndApply(enforce, "alice");

        assertThat(policies(compileApproved(), "edge")).isNotEmpty().noneMatch(NamespaceRolloutTest::dryRun);
        portal.as("dave");
        assertThat(tx(() -> portal.inventory.spec(ObjectKind.NAMESPACE, "edge")))
                .contains(new NamespaceSpec("edge", "logs were clean", false));
    }

    @Test
    void namespaceWithAHighZoneOrPiiWorkloadNeedsTwoApprovers() {
        long ml = submit("dave", ItemDraft.create(new NamespaceSpec("ml", null, true)));
        long data = submit("dave", ItemDraft.create(new NamespaceSpec("data", null, true)));
        portal.as("alice");
        var mlDetail = tx(() -> portal.requests.detail(ml));
        assertThat(mlDetail.summary().requiredApprovals()).isEqualTo(2);
        assertThat(mlDetail.riskReasons()).contains("touches HIGH-sensitivity zone model-serving");
        assertThat(tx(() -> portal.requests.detail(data)).riskReasons()).contains("touches PII workload vector-store");
        approve(ml, "alice");
        assertThat(tx(() -> portal.requests.detail(ml)).summary().state()).isEqualTo(RequestState.PENDING);
        assertThat(snapshots.current().dryRunNamespaces()).doesNotContain("ml");
    }

    @Test
    void namespaceWithoutWorkloadsIsRefusedNextToItsNameAndNothingIsSaved() {
        portal.as("dave");
        long before = tx(() -> (long) portal.requests.mine().size());
        assertThatThrownBy(() -> tx(() -> portal.requests.submit(null, "typo",
                List.of(ItemDraft.create(new NamespaceSpec("mll", null, true))))))
                .isInstanceOf(InvalidChangeException.class)
                .satisfies(e -> assertThat(((InvalidChangeException) e).errors()).extracting(FieldError::field,
                                FieldError::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "No workload runs in namespace"
                                + " \"mll\": a setting for it would change no policy. Register its workloads first.")));
        assertThatThrownBy(() -> tx(() -> portal.requests.submit(null, "bad name",
                List.of(ItemDraft.create(new NamespaceSpec("ML_Team", null, true))))))
                .isInstanceOf(InvalidChangeException.class)
                .satisfies(e -> assertThat(((InvalidChangeException) e).errors()).extracting(FieldError::field)
                        .contains("name"));
        assertThat(tx(() -> (long) portal.requests.mine().size())).isEqualTo(before);
    }

    @Test
    void requestThatChangesNothingIsRefused() {
        approveAndApply(submit("alice", ItemDraft.create(new NamespaceSpec("edge", "observe", true))), "bob");
        portal.as("dave");
        assertThatThrownBy(() -> tx(() -> portal.requests.submit(null, "again",
                List.of(ItemDraft.update(new NamespaceSpec("edge", "observe", true))))))
                .isInstanceOf(InvalidChangeException.class)
                .hasMessageContaining("Nothing to change");
        assertThatThrownBy(() -> tx(() -> portal.requests.submit(null, "twice",
                List.of(ItemDraft.create(new NamespaceSpec("edge", "observe", false))))))
                .isInstanceOf(InvalidChangeException.class)
                .satisfies(e -> assertThat(((InvalidChangeException) e).errors()).extracting(FieldError::message)
                        .containsExactly("A namespace named \"edge\" already exists."));
    }

    private long submit(String who, ItemDraft item) {
        portal.as(who);
        return tx(() -> portal.requests.submit(null, "rollout of the namespace", List.of(item)));
    }

    private void approve(long id, String approver) {
        long version = tx(() -> portal.requests.detail(id).version());
        tx(() -> portal.decisions.approve(id, version, approver, true, "ok"));
    }

    private void approveAndApply(long id, String approver) {
        approve(id, approver);
        tx(() -> {
            portal.application.apply(id);
            return null;
        });
        portal.as("alice");
        assertThat(tx(() -> portal.requests.detail(id)).summary().state()).isEqualTo(RequestState.APPLIED);
    }

    private List<K8sObject> compileApproved() {
        return tx(() -> PolicyCompiler.compile(snapshots.current(), CompilerOptions.at(Instant.now())
                .withJwt("http://127.0.0.1:8180/realms/demo", "http://127.0.0.1:8180/realms/demo/certs")));
    }

    private static List<K8sObject> policies(List<K8sObject> objects, String namespace) {
        return objects.stream().filter(o -> o.kind().equals("AuthorizationPolicy") && namespace.equals(o.namespace()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> annotations(K8sObject object) {
        var metadata = (Map<String, Object>) object.body().get("metadata");
        return (Map<String, Object>) metadata.getOrDefault("annotations", Map.of());
    }

    private static boolean dryRun(K8sObject object) {
        return "true".equals(annotations(object).get("istio.io/dry-run"));
    }

    private static String changeRequests(K8sObject object) {
        return String.valueOf(annotations(object).get("portcullis.io/change-requests"));
    }

    private <T> T tx(Supplier<T> work) {
        return portal.tx(work);
    }
}
