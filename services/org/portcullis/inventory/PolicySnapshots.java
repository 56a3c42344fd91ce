package org.portcullis.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.portcullis.core.model.PolicyModel;
import org.portcullis.core.requests.ModelEdits;
import org.portcullis.core.requests.Operation;
import org.portcullis.core.requests.RequestState;
import org.portcullis.persistence.inventory.ClusterAccessGrant;
import org.portcullis.persistence.inventory.NamespaceSetting;
import org.portcullis.persistence.inventory.Person;
import org.portcullis.persistence.inventory.Role;
import org.portcullis.persistence.inventory.RoleAssignment;
import org.portcullis.persistence.inventory.ServicePermission;
import org.portcullis.persistence.inventory.TrustZone;
import org.portcullis.persistence.inventory.Workload;
import org.portcullis.persistence.requests.ChangeItem;
import org.portcullis.persistence.requests.ChangeRequest;
import org.portcullis.requests.SpecJson;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole approved model as plain values, for the compiler and the Keycloak sync; and the model a pending request
 * would produce, for the plans an approver sees. No authorization here: callers are facades that check it.
 */
@ApplicationScoped
@Transactional
public class PolicySnapshots {

    @PersistenceContext(unitName = "portcullis")
    EntityManager em;

    private volatile Snapshot cached;

    private record Snapshot(String fingerprint, PolicyModel model) {
    }

    /**
     * Which approved model is in force: the count and sum of the applied requests' ids. The set of applied requests
     * only grows, and every change of the inventory is an applied request, so a new model means a new fingerprint.
     */
    public String fingerprint() {
        Object[] row = em.createQuery("SELECT COUNT(r), SUM(r.id) FROM ChangeRequest r WHERE r.state = :applied",
                Object[].class).setParameter("applied", RequestState.APPLIED).getSingleResult();
        return row[0] + ":" + (row[1] == null ? 0 : row[1]);
    }

    /** The approved model; read from the database once per fingerprint (tens of thousands of rows at scale). */
    public PolicyModel current() {
        var fingerprint = fingerprint();
        var snapshot = cached;
        if (snapshot != null && snapshot.fingerprint().equals(fingerprint)) {
            return snapshot.model();
        }
        var model = load();
        cached = new Snapshot(fingerprint, model);
        return model;
    }

    private PolicyModel load() {
        var zones = em.createQuery("SELECT z FROM TrustZone z", TrustZone.class).getResultList()
                .stream().map(TrustZone::toSpec).toList();
        var workloads = em.createQuery("SELECT w FROM Workload w JOIN FETCH w.zone JOIN FETCH w.owner", Workload.class)
                .getResultList().stream().map(Workload::toSpec).toList();
        var people = em.createQuery("SELECT p FROM Person p", Person.class).getResultList()
                .stream().map(Person::toSpec).toList();
        var roles = em.createQuery("SELECT r FROM Role r", Role.class).getResultList()
                .stream().map(Role::toSpec).toList();
        var assignments = em.createQuery("SELECT a FROM RoleAssignment a JOIN FETCH a.role LEFT JOIN FETCH a.person"
                + " LEFT JOIN FETCH a.workload", RoleAssignment.class).getResultList()
                .stream().map(RoleAssignment::toSpec).toList();
        var permissions = em.createQuery("SELECT p FROM ServicePermission p JOIN FETCH p.source JOIN FETCH p.destination",
                ServicePermission.class).getResultList().stream().map(ServicePermission::toSpec).toList();
        var grants = em.createQuery("SELECT g FROM ClusterAccessGrant g JOIN FETCH g.workload", ClusterAccessGrant.class)
                .getResultList().stream().map(ClusterAccessGrant::toSpec).toList();
        var namespaces = em.createNamedQuery(NamespaceSetting.ALL, NamespaceSetting.class).getResultList()
                .stream().map(NamespaceSetting::toSpec).toList();
        return new PolicyModel(zones, workloads, people, roles, assignments, permissions, grants, namespaces,
                origins());
    }

    /** The current model with the items of request {@code id} applied, as if it were approved now. */
    public PolicyModel proposed(long id) {
        var request = em.find(ChangeRequest.class, id);
        var edits = request.getItems().stream().map(i -> new ModelEdits.Edit(i.getOperation(),
                SpecJson.read(i.getKind(), i.getBeforeJson()), SpecJson.read(i.getKind(), i.getAfterJson()))).toList();
        return ModelEdits.apply(current(), edits, id);
    }

    /** For each object with manifests, the applied requests that created or changed it. */
    private Map<String, Set<Long>> origins() {
        var items = em.createQuery("SELECT i FROM ChangeItem i JOIN FETCH i.request r WHERE r.state = :applied"
                + " AND i.operation <> :delete", ChangeItem.class)
                .setParameter("applied", RequestState.APPLIED).setParameter("delete", Operation.DELETE).getResultList();
        Map<String, Set<Long>> origins = new HashMap<>();
        for (ChangeItem item : items) {
            var key = ModelEdits.originKey(SpecJson.read(item.getKind(), item.getAfterJson()));
            if (key != null) {
                origins.computeIfAbsent(key, k -> new HashSet<>()).add(requestId(item));
            }
        }
        return origins;
    }

    private static long requestId(ChangeItem item) {
        return item.getRequest().getId();
    }

}
