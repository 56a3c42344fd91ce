package org.portcullis.persistence;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.core.model.NamespaceSpec;
import org.portcullis.core.model.ClusterAccessGrantSpec;
import org.portcullis.core.model.DataClassification;
import org.portcullis.core.model.MtlsMode;
import org.portcullis.core.model.PersonSpec;
import org.portcullis.core.model.RoleSpec;
import org.portcullis.core.model.Sensitivity;
import org.portcullis.core.model.TrustZoneSpec;
import org.portcullis.core.model.WorkloadSpec;
import org.portcullis.core.requests.ApprovalRequirement;
import org.portcullis.core.requests.Decision;
import org.portcullis.core.requests.ObjectKind;
import org.portcullis.core.requests.Operation;
import org.portcullis.persistence.inventory.NamespaceSetting;
import org.portcullis.persistence.inventory.ClusterAccessGrant;
import org.portcullis.persistence.inventory.Person;
import org.portcullis.persistence.inventory.Role;
import org.portcullis.persistence.inventory.RoleAssignment;
import org.portcullis.persistence.inventory.TrustZone;
import org.portcullis.persistence.inventory.Workload;
import org.portcullis.persistence.requests.ChangeItem;
import org.portcullis.persistence.requests.ChangeRequest;
import org.portcullis.persistence.requests.RequestDecision;

import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The entities on a real H2 database migrated by Flyway: mapping, constraints, optimistic locking. */
class InventoryMappingTest {

    private static final WorkloadSpec LLM = new WorkloadSpec("llm-service", "ml", "llm-service", "serving",
            DataClassification.CONFIDENTIAL, "erin", Map.of("app", "llm-service", "tier", "backend"), List.of(8000, 8443),
            false);

    private TestDatabase db;

    @BeforeEach
    void migrate() {
        db = TestDatabase.fresh();
        db.run(em -> {
            em.persist(new TrustZone(new TrustZoneSpec("serving", "Model serving", Sensitivity.HIGH, MtlsMode.STRICT)));
            em.persist(new Person(new PersonSpec("erin", "erin@example.org", "Erin Engineer", true)));
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void addLlmService() {
        db.run(em -> em.persist(new Workload(LLM, zone("serving"), person("erin"))));
    }

    private TrustZone zone(String name) {
        return db.inTransaction(em -> em.createNamedQuery(TrustZone.BY_NAME, TrustZone.class)
                .setParameter("name", name).getSingleResult());
    }

    private Person person(String username) {
        return db.inTransaction(em -> em.createNamedQuery(Person.BY_USERNAME, Person.class)
                .setParameter("username", username).getSingleResult());
    }

    @Test
    void workloadRoundTripsThroughItsSpec() {
        addLlmService();
        var loaded = db.inTransaction(em -> em.createNamedQuery(Workload.BY_NAME, Workload.class)
                .setParameter("name", "llm-service").getSingleResult().toSpec());
        assertThat(loaded).isEqualTo(LLM);
        assertThat(loaded.meshIdentity()).isEqualTo("cluster.local/ns/ml/sa/llm-service");
    }

    @Test
    void duplicateWorkloadNameIsRejectedByTheDatabase() {
        addLlmService();
        assertThatThrownBy(this::addLlmService).isInstanceOfAny(RollbackException.class, PersistenceException.class)
                .rootCause().hasMessageContaining("UK_WORKLOAD_NAME");
    }

    @Test
    void versionGrowsWithEveryUpdate() {
        addLlmService();
        long before = db.inTransaction(em -> em.createNamedQuery(Workload.BY_NAME, Workload.class)
                .setParameter("name", "llm-service").getSingleResult().getVersion());
        db.run(em -> {
            var w = em.createNamedQuery(Workload.BY_NAME, Workload.class).setParameter("name", "llm-service").getSingleResult();
            w.update(new WorkloadSpec(LLM.name(), "ml", "llm-sa", "serving", DataClassification.PII, "erin",
                    LLM.selector(), LLM.ports(), true), w.getZone(), w.getOwner());
        });
        var after = db.inTransaction(em -> em.createNamedQuery(Workload.BY_NAME, Workload.class)
                .setParameter("name", "llm-service").getSingleResult());
        assertThat(after.getVersion()).isEqualTo(before + 1);
        assertThat(after.getServiceAccount()).isEqualTo("llm-sa");
    }

    @Test
    void namespaceSettingRoundTripsIsUniqueByNameAndVersionsItsUpdates() {
        var spec = new NamespaceSpec("ml", "observe the new policies first", true);
        db.run(em -> em.persist(new NamespaceSetting(spec)));
        var loaded = db.inTransaction(em -> em.createNamedQuery(NamespaceSetting.BY_NAME, NamespaceSetting.class)
                .setParameter("name", "ml").getSingleResult());
        assertThat(loaded.toSpec()).isEqualTo(spec);
        db.run(em -> em.createNamedQuery(NamespaceSetting.BY_NAME, NamespaceSetting.class).setParameter("name", "ml")
                .getSingleResult().update(new NamespaceSpec("ml", "enforced", false)));
        var updated = db.inTransaction(em -> em.createNamedQuery(NamespaceSetting.BY_NAME, NamespaceSetting.class)
                .setParameter("name", "ml").getSingleResult());
        assertThat(updated.isDryRun()).isFalse();
        assertThat(updated.getVersion()).isEqualTo(loaded.getVersion() + 1);
        assertThatThrownBy(() -> db.run(em -> em.persist(new NamespaceSetting(new NamespaceSpec("ml", null, true)))))
                .isInstanceOfAny(RollbackException.class, PersistenceException.class)
                .rootCause().hasMessageContaining("UK_NAMESPACE_SETTING_NAME");
    }

    @Test
    void twoConcurrentDecisionsOnOneRequestLetExactlyOneCommit() {
        long id = db.inTransaction(em -> {
            var request = new ChangeRequest("Grant x", "dave", "because",
                    new ApprovalRequirement(1, Set.of(), List.of()), Instant.parse("2026-12-01T10:00:00Z"));
            request.addItem(new ChangeItem(ObjectKind.ROLE, Operation.CREATE, "x", null, "{}"));
            em.persist(request);
            em.flush();
            return request.getId();
        });
        var first = db.entityManager();
        var second = db.entityManager();
        first.getTransaction().begin();
        second.getTransaction().begin();
        var a = first.find(ChangeRequest.class, id);
        var b = second.find(ChangeRequest.class, id);
        first.lock(a, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        a.record(new RequestDecision(new Decision("alice", Decision.Verdict.APPROVE, false, "", Instant.now())));
        first.getTransaction().commit();

        second.lock(b, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        b.record(new RequestDecision(new Decision("bob", Decision.Verdict.APPROVE, false, "", Instant.now())));
        assertThatThrownBy(() -> second.getTransaction().commit())
                .hasCauseInstanceOf(OptimisticLockException.class);
        first.close();
        second.close();

        var decisions = db.inTransaction(em -> em.find(ChangeRequest.class, id).getDecisions());
        assertThat(decisions).extracting(Decision::actor).containsExactly("alice");
    }

    @Test
    void roleAssignmentNeedsExactlyOneSubject() throws Exception {
        db.run(em -> em.persist(new Role(new RoleSpec("ml-user", "End users"))));
        try (var jdbc = DriverManager.getConnection(db.url(), "portcullis", "portcullis");
             var insert = jdbc.prepareStatement("INSERT INTO role_assignment (id, version, role_id) "
                     + "SELECT ?, 0, id FROM portal_role WHERE name = 'ml-user'")) {
            insert.setObject(1, UUID.randomUUID());
            assertThatThrownBy(insert::executeUpdate).hasMessageContaining("CK_ROLE_ASSIGNMENT_SUBJECT");
        }
    }

    @Test
    void timeBoundAssignmentKeepsItsExpiryToTheMicrosecond() {
        db.run(em -> em.persist(new Role(new RoleSpec("ml-user", "End users"))));
        var expiry = Instant.parse("2026-12-04T18:30:15.123456Z");
        db.run(em -> em.persist(RoleAssignment.toPerson(
                em.createNamedQuery(Role.BY_NAME, Role.class).setParameter("name", "ml-user").getSingleResult(),
                em.createNamedQuery(Person.BY_USERNAME, Person.class).setParameter("username", "erin").getSingleResult(),
                expiry)));
        var due = db.inTransaction(em -> em.createNamedQuery(RoleAssignment.DUE, RoleAssignment.class)
                .setParameter("now", expiry).getResultList());
        assertThat(due).hasSize(1);
        assertThat(due.getFirst().getExpiresAt()).isEqualTo(expiry);
        var notYet = db.inTransaction(em -> em.createNamedQuery(RoleAssignment.DUE, RoleAssignment.class)
                .setParameter("now", expiry.minusMillis(1)).getResultList());
        assertThat(notYet).isEmpty();
    }

    @Test
    void clusterGrantKeepsTheCoreApiGroup() {
        addLlmService();
        var spec = new ClusterAccessGrantSpec("read-config", "llm-service", "ml", List.of("get", "list"),
                List.of("", "apps"), List.of("configmaps", "deployments"), List.of(), null);
        db.run(em -> em.persist(new ClusterAccessGrant(spec, em.createNamedQuery(Workload.BY_NAME, Workload.class)
                .setParameter("name", "llm-service").getSingleResult())));
        var loaded = db.inTransaction(em -> em.createNamedQuery(ClusterAccessGrant.BY_NAME, ClusterAccessGrant.class)
                .setParameter("namespace", "ml").setParameter("name", "read-config").getSingleResult().toSpec());
        assertThat(loaded).isEqualTo(spec);
    }
}
