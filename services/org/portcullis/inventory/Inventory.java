package org.portcullis.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.portcullis.core.model.WorkloadSpec;
import org.portcullis.persistence.inventory.ClusterAccessGrant;
import org.portcullis.persistence.inventory.InventoryStore;
import org.portcullis.persistence.inventory.NamespaceSetting;
import org.portcullis.persistence.inventory.Person;
import org.portcullis.persistence.inventory.RoleAssignment;
import org.portcullis.persistence.inventory.ServicePermission;
import org.portcullis.persistence.inventory.TrustZone;
import org.portcullis.persistence.inventory.Workload;
import org.portcullis.security.CurrentUser;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Read side of the effective inventory for everyone signed in: filtered, sorted pages for the grids, and detail
 * pages. Changes go through {@link org.portcullis.requests.ChangeRequests}, never through here.
 */
@ApplicationScoped
@Transactional
public class Inventory {

    @PersistenceContext(unitName = "portcullis")
    EntityManager em;
    @Inject
    InventoryStore store;
    @Inject
    CurrentUser currentUser;

    private static final Map<String, String> WORKLOAD_SORT = Map.of("name", "w.name", "namespace", "w.namespace",
            "serviceAccount", "w.serviceAccount", "zone", "w.zone.name", "classification", "w.classification",
            "owner", "w.owner.username");

    public InventoryRows.Page<InventoryRows.Workload> workloads(PageRequest page) {
        currentUser.require();
        var where = page.hasText() ? " WHERE LOWER(w.name) LIKE :p OR LOWER(w.namespace) LIKE :p"
                + " OR LOWER(w.serviceAccount) LIKE :p OR LOWER(w.zone.name) LIKE :p OR LOWER(w.owner.username) LIKE :p" : "";
        // fetch zone and owner with the page: each row shows them, and one query beats one per row
        return page("SELECT w FROM Workload w JOIN FETCH w.zone JOIN FETCH w.owner" + where,
                "SELECT COUNT(w) FROM Workload w" + where,
                order(page, WORKLOAD_SORT, "w.name"), page, Workload.class, Inventory::row);
    }

    private static final Map<String, String> ZONE_SORT = Map.of("name", "z.name", "sensitivity", "z.sensitivity",
            "mtlsMode", "z.mtlsMode");

    public InventoryRows.Page<InventoryRows.Zone> zones(PageRequest page) {
        currentUser.require();
        var where = page.hasText() ? " WHERE LOWER(z.name) LIKE :p OR LOWER(z.description) LIKE :p" : "";
        return page("SELECT z FROM TrustZone z" + where, "SELECT COUNT(z) FROM TrustZone z" + where,
                order(page, ZONE_SORT, "z.name"), page, TrustZone.class,
                z -> new InventoryRows.Zone(z.getName(), z.getDescription(), z.getSensitivity(), z.getMtlsMode(),
                        em.createQuery("SELECT COUNT(w) FROM Workload w WHERE w.zone = :z", Long.class)
                                .setParameter("z", z).getSingleResult()));
    }

    /**
     * Namespaces: those with workloads and those with a setting. There are few of them (tens to hundreds), so they are
     * merged, filtered, sorted and paged in memory.
     */
    public InventoryRows.Page<InventoryRows.Namespace> namespaces(PageRequest page) {
        currentUser.require();
        Map<String, Long> counts = new java.util.TreeMap<>();
        em.createQuery("SELECT w.namespace, COUNT(w) FROM Workload w GROUP BY w.namespace", Object[].class)
                .getResultList().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        Map<String, NamespaceSetting> settings = new HashMap<>();
        store.namespaces().forEach(n -> settings.put(n.getName(), n));
        var names = new java.util.TreeSet<>(counts.keySet());
        names.addAll(settings.keySet());
        var text = page.hasText() ? page.text().strip().toLowerCase(java.util.Locale.ROOT) : "";
        java.util.Comparator<InventoryRows.Namespace> order = switch (page.sortBy() == null ? "" : page.sortBy()) {
            case "workloads" -> java.util.Comparator.comparingLong(InventoryRows.Namespace::workloads);
            case "dryRun" -> java.util.Comparator.comparing(InventoryRows.Namespace::dryRun);
            default -> java.util.Comparator.comparing(InventoryRows.Namespace::name);
        };
        order = (page.ascending() ? order : order.reversed()).thenComparing(InventoryRows.Namespace::name);
        var rows = names.stream().map(name -> {
                    var setting = settings.get(name);
                    return new InventoryRows.Namespace(name, counts.getOrDefault(name, 0L),
                            setting != null && setting.isDryRun(), setting == null ? "" : setting.getDescription(),
                            setting != null);
                })
                .filter(n -> text.isEmpty() || n.name().contains(text) || n.description().toLowerCase().contains(text))
                .sorted(order)
                .toList();
        var end = Math.min(rows.size(), page.offset() + page.limit());
        return new InventoryRows.Page<>(page.offset() >= rows.size() ? List.of() : rows.subList(page.offset(), end),
                rows.size());
    }

    private static final Map<String, String> PERSON_SORT = Map.of("username", "p.username",
            "displayName", "p.displayName", "email", "p.email", "enabled", "p.enabled");

    public InventoryRows.Page<InventoryRows.Person> people(PageRequest page) {
        currentUser.require();
        var where = page.hasText() ? " WHERE LOWER(p.username) LIKE :p OR LOWER(p.displayName) LIKE :p"
                + " OR LOWER(p.email) LIKE :p" : "";
        return page("SELECT p FROM Person p" + where, "SELECT COUNT(p) FROM Person p" + where,
                order(page, PERSON_SORT, "p.username"), page, Person.class,
                p -> new InventoryRows.Person(p.getUsername(), p.getDisplayName(), p.getEmail(), p.isEnabled()));
    }

    private static final Map<String, String> ROLE_SORT = Map.of("name", "r.name");

    public InventoryRows.Page<InventoryRows.Role> roles(PageRequest page) {
        currentUser.require();
        var where = page.hasText() ? " WHERE LOWER(r.name) LIKE :p OR LOWER(r.description) LIKE :p" : "";
        return page("SELECT r FROM Role r" + where, "SELECT COUNT(r) FROM Role r" + where,
                order(page, ROLE_SORT, "r.name"), page, org.portcullis.persistence.inventory.Role.class,
                r -> new InventoryRows.Role(r.getName(), r.getDescription(),
                        em.createQuery("SELECT COUNT(a) FROM RoleAssignment a WHERE a.role = :r", Long.class)
                                .setParameter("r", r).getSingleResult()));
    }

    private static final Map<String, String> ASSIGNMENT_SORT = Map.of("role", "a.role.name",
            "expiresAt", "a.expiresAt");

    public InventoryRows.Page<InventoryRows.Assignment> assignments(PageRequest page) {
        currentUser.require();
        var where = page.hasText() ? " LEFT JOIN a.person pe LEFT JOIN a.workload wo WHERE LOWER(a.role.name) LIKE :p"
                + " OR LOWER(pe.username) LIKE :p OR LOWER(wo.name) LIKE :p" : "";
        return page("SELECT a FROM RoleAssignment a" + where, "SELECT COUNT(a) FROM RoleAssignment a" + where,
                order(page, ASSIGNMENT_SORT, "a.role.name"), page, RoleAssignment.class, Inventory::row);
    }

    private static final Map<String, String> PERMISSION_SORT = Map.of("source", "p.source.name",
            "destination", "p.destination.name", "expiresAt", "p.expiresAt");

    public InventoryRows.Page<InventoryRows.Permission> permissions(PageRequest page) {
        currentUser.require();
        var where = page.hasText() ? " WHERE LOWER(p.source.name) LIKE :p OR LOWER(p.destination.name) LIKE :p" : "";
        return page("SELECT p FROM ServicePermission p JOIN FETCH p.source JOIN FETCH p.destination" + where,
                "SELECT COUNT(p) FROM ServicePermission p" + where,
                order(page, PERMISSION_SORT, "p.source.name"), page, ServicePermission.class, Inventory::row);
    }

    private static final Map<String, String> GRANT_SORT = Map.of("name", "g.name", "namespace", "g.namespace",
            "workload", "g.workload.name", "expiresAt", "g.expiresAt");

    public InventoryRows.Page<InventoryRows.Grant> grants(PageRequest page) {
        currentUser.require();
        var where = page.hasText() ? " WHERE LOWER(g.name) LIKE :p OR LOWER(g.namespace) LIKE :p"
                + " OR LOWER(g.workload.name) LIKE :p" : "";
        return page("SELECT g FROM ClusterAccessGrant g JOIN FETCH g.workload" + where,
                "SELECT COUNT(g) FROM ClusterAccessGrant g" + where,
                order(page, GRANT_SORT, "g.name"), page, ClusterAccessGrant.class, Inventory::row);
    }

    public Optional<InventoryRows.WorkloadDetail> workload(String name) {
        currentUser.require();
        return store.workload(name).map(w -> {
            var callers = em.createQuery("SELECT p FROM ServicePermission p WHERE p.destination = :w ORDER BY p.source.name",
                    ServicePermission.class).setParameter("w", w).getResultList().stream().map(Inventory::row).toList();
            var callees = em.createQuery("SELECT p FROM ServicePermission p WHERE p.source = :w ORDER BY p.destination.name",
                    ServicePermission.class).setParameter("w", w).getResultList().stream().map(Inventory::row).toList();
            var roles = em.createQuery("SELECT a FROM RoleAssignment a WHERE a.workload = :w ORDER BY a.role.name",
                    RoleAssignment.class).setParameter("w", w).getResultList().stream().map(Inventory::row).toList();
            var grants = em.createQuery("SELECT g FROM ClusterAccessGrant g WHERE g.workload = :w ORDER BY g.name",
                    ClusterAccessGrant.class).setParameter("w", w).getResultList().stream().map(Inventory::row).toList();
            WorkloadSpec spec = w.toSpec();
            return new InventoryRows.WorkloadDetail(spec, spec.meshIdentity(), w.getZone().getSensitivity(),
                    w.getOwner().getDisplayName(), callers, callees, roles, grants);
        });
    }

    /** Role assignments of a person (for "my access" and person pages). */
    public List<InventoryRows.Assignment> assignmentsOf(String username) {
        currentUser.require();
        return em.createNamedQuery(RoleAssignment.OF_PERSON, RoleAssignment.class).setParameter("username", username)
                .getResultList().stream().map(Inventory::row).toList();
    }

    /** The spec of an object as it is now, for edit forms. */
    public Optional<Object> spec(org.portcullis.core.requests.ObjectKind kind, String key) {
        currentUser.require();
        return Optional.ofNullable(switch (kind) {
            case TRUST_ZONE -> store.zone(key).map(TrustZone::toSpec).orElse(null);
            case WORKLOAD -> store.workload(key).map(Workload::toSpec).orElse(null);
            case PERSON -> store.person(key).map(Person::toSpec).orElse(null);
            case ROLE -> store.role(key).map(org.portcullis.persistence.inventory.Role::toSpec).orElse(null);
            case NAMESPACE -> store.namespace(key).map(NamespaceSetting::toSpec).orElse(null);
            default -> null;
        });
    }

    /** Names for pickers (zones, people, roles, workloads): at most {@code limit}, filtered by prefix. */
    public List<String> names(org.portcullis.core.requests.ObjectKind kind, String prefix, int limit) {
        currentUser.require();
        var jpql = switch (kind) {
            case TRUST_ZONE -> "SELECT x.name FROM TrustZone x WHERE x.name LIKE :p ORDER BY x.name";
            case WORKLOAD -> "SELECT x.name FROM Workload x WHERE x.name LIKE :p ORDER BY x.name";
            case PERSON -> "SELECT x.username FROM Person x WHERE x.username LIKE :p ORDER BY x.username";
            case ROLE -> "SELECT x.name FROM Role x WHERE x.name LIKE :p ORDER BY x.name";
            default -> throw new IllegalArgumentException(kind.name());
        };
        return em.createQuery(jpql, String.class).setParameter("p", (prefix == null ? "" : prefix) + "%")
                .setMaxResults(limit).getResultList();
    }

    static InventoryRows.Workload row(Workload w) {
        var spec = w.toSpec();
        return new InventoryRows.Workload(w.getName(), w.getNamespace(), w.getServiceAccount(), w.getZone().getName(),
                w.getZone().getSensitivity(), w.getClassification(), w.getOwner().getUsername(), spec.meshIdentity());
    }

    static InventoryRows.Assignment row(RoleAssignment a) {
        var spec = a.toSpec();
        return new InventoryRows.Assignment(spec.role(), spec.subjectKind(), spec.subject(), spec.expiresAt());
    }

    static InventoryRows.Permission row(ServicePermission p) {
        var s = p.toSpec();
        return new InventoryRows.Permission(s.source(), s.destination(), s.methods(), s.paths(), s.ports(),
                s.requiredRole(), s.expiresAt(), s.dryRun());
    }

    static InventoryRows.Grant row(ClusterAccessGrant g) {
        var s = g.toSpec();
        return new InventoryRows.Grant(s.name(), s.namespace(), s.workload(), s.verbs(), s.apiGroups(), s.resources(),
                s.resourceNames(), s.expiresAt());
    }

    private static String order(PageRequest page, Map<String, String> columns, String fallback) {
        var column = columns.getOrDefault(page.sortBy() == null ? "" : page.sortBy(), fallback);
        return " ORDER BY " + column + (page.ascending() ? " ASC" : " DESC")
                + (column.equals(fallback) ? "" : ", " + fallback);
    }

    private <E, R> InventoryRows.Page<R> page(String select, String count, String orderBy, PageRequest page,
                                               Class<E> type, Function<E, R> mapper) {
        Map<String, Object> params = new HashMap<>();
        if (page.hasText()) {
            params.put("p", page.pattern());
        }
        TypedQuery<E> query = em.createQuery(select + orderBy, type);
        TypedQuery<Long> total = em.createQuery(count, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            total.setParameter(k, v);
        });
        var rows = query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                .stream().map(mapper).toList();
        return new InventoryRows.Page<>(rows, total.getSingleResult());
    }
}
