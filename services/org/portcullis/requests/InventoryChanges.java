package org.portcullis.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.portcullis.core.model.ClusterAccessGrantSpec;
import org.portcullis.core.model.DataClassification;
import org.portcullis.core.model.NamespaceSpec;
import org.portcullis.core.model.PersonSpec;
import org.portcullis.core.model.RoleAssignmentSpec;
import org.portcullis.core.model.RoleSpec;
import org.portcullis.core.model.Sensitivity;
import org.portcullis.core.model.ServicePermissionSpec;
import org.portcullis.core.model.SubjectKind;
import org.portcullis.core.model.TrustZoneSpec;
import org.portcullis.core.model.WorkloadSpec;
import org.portcullis.core.requests.Operation;
import org.portcullis.core.requests.RiskFacts;
import org.portcullis.core.validation.FieldError;
import org.portcullis.core.validation.Validation;
import org.portcullis.persistence.inventory.ClusterAccessGrant;
import org.portcullis.persistence.inventory.InventoryStore;
import org.portcullis.persistence.inventory.NamespaceSetting;
import org.portcullis.persistence.inventory.Person;
import org.portcullis.persistence.inventory.Role;
import org.portcullis.persistence.inventory.RoleAssignment;
import org.portcullis.persistence.inventory.ServicePermission;
import org.portcullis.persistence.inventory.TrustZone;
import org.portcullis.persistence.inventory.Workload;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and changes the effective inventory on behalf of change requests: what an object looks like now, whether a
 * draft item can be applied, what it puts at risk, and applying it. Only the requests feature calls this.
 */
@ApplicationScoped
public class InventoryChanges {

    @Inject
    InventoryStore store;

    /** The object as it is now, or null if it does not exist. */
    public Object current(Object spec) {
        return switch (spec) {
            case TrustZoneSpec s -> store.zone(s.name()).map(TrustZone::toSpec).orElse(null);
            case WorkloadSpec s -> store.workload(s.name()).map(Workload::toSpec).orElse(null);
            case PersonSpec s -> store.person(s.username()).map(Person::toSpec).orElse(null);
            case RoleSpec s -> store.role(s.name()).map(Role::toSpec).orElse(null);
            case RoleAssignmentSpec s -> store.assignment(s.role(), s.subjectKind(), s.subject())
                    .map(RoleAssignment::toSpec).orElse(null);
            case ServicePermissionSpec s -> store.permission(s.source(), s.destination())
                    .map(ServicePermission::toSpec).orElse(null);
            case ClusterAccessGrantSpec s -> store.grant(s.namespace(), s.name())
                    .map(ClusterAccessGrant::toSpec).orElse(null);
            case NamespaceSpec s -> store.namespace(s.name()).map(NamespaceSetting::toSpec).orElse(null);
            default -> throw new IllegalArgumentException(spec.getClass().getName());
        };
    }

    /**
     * Everything wrong with a draft item against the current inventory: field rules of the core, existence, and
     * references. {@code pendingCreates} are keys created by earlier items of the same draft.
     */
    public List<FieldError> check(ItemDraft item, Instant now, Set<String> pendingCreates) {
        var errors = new ArrayList<FieldError>();
        if (item.operation() != Operation.DELETE) {
            errors.addAll(fieldRules(item.after(), now));
        }
        var existing = current(item.after());
        var exists = existing != null;
        var label = item.kind().label().toLowerCase();
        switch (item.operation()) {
            case CREATE -> {
                if (exists) {
                    errors.add(new FieldError(keyField(item.after()),
                            "A " + label + " named \"" + item.key() + "\" already exists."));
                }
            }
            case UPDATE, DELETE -> {
                if (!exists) {
                    errors.add(new FieldError(keyField(item.after()),
                            "There is no " + label + " \"" + item.key() + "\"."));
                } else if (item.operation() == Operation.UPDATE && item.after().equals(existing)) {
                    errors.add(new FieldError(keyField(item.after()),
                            "Nothing to change: " + label + " \"" + item.key() + "\" is already like this."));
                }
            }
        }
        if (item.operation() == Operation.DELETE) {
            dependents(item.after()).ifPresent(d -> errors.add(new FieldError(keyField(item.after()), d)));
        } else {
            errors.addAll(missingReferences(item.after(), pendingCreates));
        }
        return errors;
    }

    private static List<FieldError> fieldRules(Object spec, Instant now) {
        var violations = switch (spec) {
            case TrustZoneSpec s -> Validation.of(s);
            case WorkloadSpec s -> Validation.of(s);
            case PersonSpec s -> Validation.of(s);
            case RoleSpec s -> Validation.of(s);
            case RoleAssignmentSpec s -> Validation.of(s, now);
            case ServicePermissionSpec s -> Validation.of(s, now);
            case ClusterAccessGrantSpec s -> Validation.of(s, now);
            case NamespaceSpec s -> Validation.of(s);
            default -> throw new IllegalArgumentException(spec.getClass().getName());
        };
        return violations.errors();
    }

    private static String keyField(Object spec) {
        return switch (spec) {
            case PersonSpec s -> "username";
            case RoleAssignmentSpec s -> "role";
            case ServicePermissionSpec s -> "destination";
            default -> "name";
        };
    }

    private List<FieldError> missingReferences(Object spec, Set<String> pendingCreates) {
        var errors = new ArrayList<FieldError>();
        switch (spec) {
            case WorkloadSpec s -> {
                if (!pendingCreates.contains("zone:" + s.trustZone()) && store.zone(s.trustZone()).isEmpty()) {
                    errors.add(new FieldError("trustZone", "There is no trust zone \"" + s.trustZone() + "\"."));
                }
                if (!pendingCreates.contains("person:" + s.owner()) && store.person(s.owner()).isEmpty()) {
                    errors.add(new FieldError("owner", "There is no person \"" + s.owner() + "\" to own it."));
                }
            }
            case RoleAssignmentSpec s -> {
                if (store.role(s.role()).isEmpty() && !pendingCreates.contains("role:" + s.role())) {
                    errors.add(new FieldError("role", "There is no role \"" + s.role() + "\"."));
                }
                if (!subjectExists(s.subjectKind(), s.subject(), pendingCreates)) {
                    errors.add(new FieldError("subject", "There is no " + s.subjectKind().name().toLowerCase()
                            + " \"" + s.subject() + "\"."));
                }
            }
            case ServicePermissionSpec s -> {
                if (!subjectExists(SubjectKind.WORKLOAD, s.source(), pendingCreates)) {
                    errors.add(new FieldError("source", "There is no workload \"" + s.source() + "\"."));
                }
                if (!subjectExists(SubjectKind.WORKLOAD, s.destination(), pendingCreates)) {
                    errors.add(new FieldError("destination", "There is no workload \"" + s.destination() + "\"."));
                }
                if (s.requiredRole() != null && store.role(s.requiredRole()).isEmpty()
                        && !pendingCreates.contains("role:" + s.requiredRole())) {
                    errors.add(new FieldError("requiredRole", "There is no role \"" + s.requiredRole() + "\"."));
                }
            }
            case ClusterAccessGrantSpec s -> {
                if (!subjectExists(SubjectKind.WORKLOAD, s.workload(), pendingCreates)) {
                    errors.add(new FieldError("workload", "There is no workload \"" + s.workload() + "\"."));
                }
            }
            case NamespaceSpec s -> {
                if (s.name() != null && !s.name().isBlank() && store.workloadsIn(s.name()) == 0) {
                    errors.add(new FieldError("name", "No workload runs in namespace \"" + s.name()
                            + "\": a setting for it would change no policy. Register its workloads first."));
                }
            }
            default -> {
            }
        }
        return errors;
    }

    private boolean subjectExists(SubjectKind kind, String name, Set<String> pendingCreates) {
        return kind == SubjectKind.PERSON
                ? pendingCreates.contains("person:" + name) || store.person(name).isPresent()
                : pendingCreates.contains("workload:" + name) || store.workload(name).isPresent();
    }

    /** Why an object cannot be deleted yet, if something still refers to it. */
    private Optional<String> dependents(Object spec) {
        var em = store.em();
        long count;
        String what;
        switch (spec) {
            case TrustZoneSpec s -> {
                count = em.createQuery("SELECT COUNT(w) FROM Workload w WHERE w.zone.name = :n", Long.class)
                        .setParameter("n", s.name()).getSingleResult();
                what = "workloads are still in this zone";
            }
            case WorkloadSpec s -> {
                count = em.createQuery("SELECT COUNT(p) FROM ServicePermission p WHERE p.source.name = :n"
                                + " OR p.destination.name = :n", Long.class).setParameter("n", s.name()).getSingleResult()
                        + em.createQuery("SELECT COUNT(a) FROM RoleAssignment a WHERE a.workload.name = :n", Long.class)
                        .setParameter("n", s.name()).getSingleResult()
                        + em.createQuery("SELECT COUNT(g) FROM ClusterAccessGrant g WHERE g.workload.name = :n",
                        Long.class).setParameter("n", s.name()).getSingleResult();
                what = "permissions, role assignments or cluster grants still refer to this workload";
            }
            case PersonSpec s -> {
                count = em.createQuery("SELECT COUNT(w) FROM Workload w WHERE w.owner.username = :n", Long.class)
                        .setParameter("n", s.username()).getSingleResult()
                        + em.createQuery("SELECT COUNT(a) FROM RoleAssignment a WHERE a.person.username = :n",
                        Long.class).setParameter("n", s.username()).getSingleResult();
                what = "workloads are owned by, or roles granted to, this person";
            }
            case RoleSpec s -> {
                count = em.createQuery("SELECT COUNT(a) FROM RoleAssignment a WHERE a.role.name = :n", Long.class)
                        .setParameter("n", s.name()).getSingleResult();
                what = "assignments of this role exist";
            }
            default -> {
                return Optional.empty();
            }
        }
        return count == 0 ? Optional.empty()
                : Optional.of("Cannot delete: " + count + " " + what + ". Remove them first (in this or an earlier request).");
    }

    /** Time-bound grants whose time is up: role assignments, service permissions, cluster access grants. */
    @jakarta.transaction.Transactional
    public List<Object> dueAt(Instant now) {
        var due = new ArrayList<Object>();
        store.assignmentsDue(now).stream().map(RoleAssignment::toSpec).forEach(due::add);
        store.permissionsDue(now).stream().map(ServicePermission::toSpec).forEach(due::add);
        store.grantsDue(now).stream().map(ClusterAccessGrant::toSpec).forEach(due::add);
        return due;
    }

    /** What the items put at risk, for the approval rules. */
    public RiskFacts riskOf(List<ItemDraft> items) {
        Set<String> highZones = new HashSet<>();
        Set<String> pii = new HashSet<>();
        Set<String> owners = new HashSet<>();
        boolean securityAdmin = false;
        for (var item : items) {
            var specs = new ArrayList<Object>();
            specs.add(item.after());
            if (item.operation() != Operation.CREATE) {
                specs.add(current(item.after()));
            }
            for (var spec : specs) {
                switch (spec) {
                    case null -> {
                    }
                    case TrustZoneSpec s -> {
                        if (s.sensitivity() == Sensitivity.HIGH) {
                            highZones.add(s.name());
                        }
                    }
                    case WorkloadSpec s -> workloadRisk(s, highZones, pii);
                    case RoleAssignmentSpec s -> {
                        securityAdmin |= RoleSpec.SECURITY_ADMIN.equals(s.role());
                        if (s.subjectKind() == SubjectKind.WORKLOAD) {
                            store.workload(s.subject()).ifPresent(w -> workloadRisk(w.toSpec(), highZones, pii));
                        }
                    }
                    case RoleSpec s -> securityAdmin |= RoleSpec.SECURITY_ADMIN.equals(s.name());
                    case ServicePermissionSpec s -> {
                        store.workload(s.source()).ifPresent(w -> workloadRisk(w.toSpec(), highZones, pii));
                        store.workload(s.destination()).ifPresent(w -> {
                            workloadRisk(w.toSpec(), highZones, pii);
                            owners.add(w.getOwner().getUsername());
                        });
                    }
                    case ClusterAccessGrantSpec s ->
                            store.workload(s.workload()).ifPresent(w -> workloadRisk(w.toSpec(), highZones, pii));
                    case NamespaceSpec s -> namespaceRisk(s.name(), highZones, pii);
                    default -> {
                    }
                }
            }
        }
        return new RiskFacts(highZones, pii, securityAdmin, owners);
    }

    /**
     * A namespace setting changes the enforcement of every policy in the namespace: it is as risky as the riskiest
     * workload there. The first few PII workloads are named; one is enough for the rule.
     */
    private void namespaceRisk(String namespace, Set<String> highZones, Set<String> pii) {
        var em = store.em();
        highZones.addAll(em.createQuery("SELECT DISTINCT w.zone.name FROM Workload w WHERE w.namespace = :ns"
                        + " AND w.zone.sensitivity = :high", String.class)
                .setParameter("ns", namespace).setParameter("high", Sensitivity.HIGH).getResultList());
        pii.addAll(em.createQuery("SELECT w.name FROM Workload w WHERE w.namespace = :ns"
                        + " AND w.classification = :pii ORDER BY w.name", String.class)
                .setParameter("ns", namespace).setParameter("pii", DataClassification.PII)
                .setMaxResults(5).getResultList());
    }

    private void workloadRisk(WorkloadSpec workload, Set<String> highZones, Set<String> pii) {
        if (workload.classification() == DataClassification.PII) {
            pii.add(workload.name());
        }
        store.zone(workload.trustZone()).filter(z -> z.getSensitivity() == Sensitivity.HIGH)
                .ifPresent(z -> highZones.add(z.getName()));
    }

    /**
     * Applies one item. The object must still look as it did when the request was made ({@code before}); otherwise an
     * {@link ApplyConflictException} names what changed, and the caller rolls the whole request back.
     */
    public void apply(Operation operation, Object before, Object after) {
        var target = after != null ? after : before;
        var now = current(target);
        if (!Objects.equals(now, before)) {
            throw new ApplyConflictException(ItemDraft.kindOf(target).label() + " \"" + ItemDraft.keyOf(target)
                    + "\" changed after this request was made" + (now == null ? " (it no longer exists)" : "")
                    + "; submit a new request against its current state.");
        }
        switch (operation) {
            case CREATE -> create(after);
            case UPDATE -> update(after);
            case DELETE -> delete(before);
        }
        store.em().flush();
    }

    private void create(Object spec) {
        switch (spec) {
            case TrustZoneSpec s -> store.add(new TrustZone(s));
            case WorkloadSpec s -> store.add(new Workload(s, zone(s.trustZone()), person(s.owner())));
            case PersonSpec s -> store.add(new Person(s));
            case RoleSpec s -> store.add(new Role(s));
            case RoleAssignmentSpec s -> store.add(s.subjectKind() == SubjectKind.PERSON
                    ? RoleAssignment.toPerson(role(s.role()), person(s.subject()), s.expiresAt())
                    : RoleAssignment.toWorkload(role(s.role()), workload(s.subject()), s.expiresAt()));
            case ServicePermissionSpec s ->
                    store.add(new ServicePermission(s, workload(s.source()), workload(s.destination())));
            case ClusterAccessGrantSpec s -> store.add(new ClusterAccessGrant(s, workload(s.workload())));
            case NamespaceSpec s -> store.add(new NamespaceSetting(s));
            default -> throw new IllegalArgumentException(spec.getClass().getName());
        }
    }

    private void update(Object spec) {
        switch (spec) {
            case TrustZoneSpec s -> store.zone(s.name()).orElseThrow().update(s);
            case WorkloadSpec s ->
                    store.workload(s.name()).orElseThrow().update(s, zone(s.trustZone()), person(s.owner()));
            case PersonSpec s -> store.person(s.username()).orElseThrow().update(s);
            case RoleSpec s -> store.role(s.name()).orElseThrow().update(s);
            case RoleAssignmentSpec s ->
                    store.assignment(s.role(), s.subjectKind(), s.subject()).orElseThrow().setExpiresAt(s.expiresAt());
            case ServicePermissionSpec s -> store.permission(s.source(), s.destination()).orElseThrow().update(s);
            case ClusterAccessGrantSpec s ->
                    store.grant(s.namespace(), s.name()).orElseThrow().update(s, workload(s.workload()));
            case NamespaceSpec s -> store.namespace(s.name()).orElseThrow().update(s);
            default -> throw new IllegalArgumentException(spec.getClass().getName());
        }
    }

    private void delete(Object spec) {
        var problem = dependents(spec);
        if (problem.isPresent()) {
            throw new ApplyConflictException(problem.get());
        }
        Object entity = switch (spec) {
            case TrustZoneSpec s -> store.zone(s.name()).orElseThrow();
            case WorkloadSpec s -> store.workload(s.name()).orElseThrow();
            case PersonSpec s -> store.person(s.username()).orElseThrow();
            case RoleSpec s -> store.role(s.name()).orElseThrow();
            case RoleAssignmentSpec s -> store.assignment(s.role(), s.subjectKind(), s.subject()).orElseThrow();
            case ServicePermissionSpec s -> store.permission(s.source(), s.destination()).orElseThrow();
            case ClusterAccessGrantSpec s -> store.grant(s.namespace(), s.name()).orElseThrow();
            case NamespaceSpec s -> store.namespace(s.name()).orElseThrow();
            default -> throw new IllegalArgumentException(spec.getClass().getName());
        };
        store.remove(entity);
    }

    private TrustZone zone(String name) {
        return store.zone(name).orElseThrow(() -> new ApplyConflictException("Trust zone \"" + name + "\" does not exist."));
    }

    private Person person(String username) {
        return store.person(username).orElseThrow(() -> new ApplyConflictException("Person \"" + username + "\" does not exist."));
    }

    private Role role(String name) {
        return store.role(name).orElseThrow(() -> new ApplyConflictException("Role \"" + name + "\" does not exist."));
    }

    private Workload workload(String name) {
        return store.workload(name).orElseThrow(() -> new ApplyConflictException("Workload \"" + name + "\" does not exist."));
    }
}
