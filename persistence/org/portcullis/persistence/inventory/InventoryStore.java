package org.portcullis.persistence.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.portcullis.core.model.SubjectKind;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Finds and stores inventory entities by their natural keys. */
@ApplicationScoped
public class InventoryStore {

    @PersistenceContext(unitName = "portcullis")
    EntityManager em;

    public EntityManager em() {
        return em;
    }

    public Optional<TrustZone> zone(String name) {
        return single(em.createNamedQuery(TrustZone.BY_NAME, TrustZone.class).setParameter("name", name).getResultList());
    }

    public Optional<Workload> workload(String name) {
        return single(em.createNamedQuery(Workload.BY_NAME, Workload.class).setParameter("name", name).getResultList());
    }

    public Optional<Person> person(String username) {
        return single(em.createNamedQuery(Person.BY_USERNAME, Person.class).setParameter("username", username)
                .getResultList());
    }

    public Optional<Role> role(String name) {
        return single(em.createNamedQuery(Role.BY_NAME, Role.class).setParameter("name", name).getResultList());
    }

    public Optional<RoleAssignment> assignment(String role, SubjectKind kind, String subject) {
        var jpql = kind == SubjectKind.PERSON
                ? "SELECT a FROM RoleAssignment a WHERE a.role.name = :role AND a.person.username = :subject"
                : "SELECT a FROM RoleAssignment a WHERE a.role.name = :role AND a.workload.name = :subject";
        return single(em.createQuery(jpql, RoleAssignment.class)
                .setParameter("role", role).setParameter("subject", subject).getResultList());
    }

    public Optional<ServicePermission> permission(String source, String destination) {
        return single(em.createNamedQuery(ServicePermission.BY_ENDS, ServicePermission.class)
                .setParameter("source", source).setParameter("destination", destination).getResultList());
    }

    public Optional<ClusterAccessGrant> grant(String namespace, String name) {
        return single(em.createNamedQuery(ClusterAccessGrant.BY_NAME, ClusterAccessGrant.class)
                .setParameter("namespace", namespace).setParameter("name", name).getResultList());
    }

    public Optional<NamespaceSetting> namespace(String name) {
        return single(em.createNamedQuery(NamespaceSetting.BY_NAME, NamespaceSetting.class).setParameter("name", name)
                .getResultList());
    }

    public List<NamespaceSetting> namespaces() {
        return em.createNamedQuery(NamespaceSetting.ALL, NamespaceSetting.class).getResultList();
    }

    /** How many workloads run in a namespace. */
    public long workloadsIn(String namespace) {
        return em.createQuery("SELECT COUNT(w) FROM Workload w WHERE w.namespace = :ns", Long.class)
                .setParameter("ns", namespace).getSingleResult();
    }

    public List<RoleAssignment> assignmentsDue(Instant now) {
        return em.createNamedQuery(RoleAssignment.DUE, RoleAssignment.class).setParameter("now", now).getResultList();
    }

    public List<ServicePermission> permissionsDue(Instant now) {
        return em.createNamedQuery(ServicePermission.DUE, ServicePermission.class).setParameter("now", now)
                .getResultList();
    }

    public List<ClusterAccessGrant> grantsDue(Instant now) {
        return em.createNamedQuery(ClusterAccessGrant.DUE, ClusterAccessGrant.class).setParameter("now", now)
                .getResultList();
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    private static <T> Optional<T> single(List<T> results) {
        return results.stream().findFirst();
    }
}
