package org.portcullis.core.sync;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.portcullis.core.model.SubjectKind;

/**
 * The realm objects a targeted sync reads and plans: users, roles and clients by name, and the role mappings between
 * those users or clients and those roles. Planning within a scope gives exactly the steps of the full plan that touch
 * the objects in it (see {@link SyncPlanner#plan(DesiredRealm, CurrentRealm, Set, SyncScope)}), so a targeted sync never
 * sends a write a full sync would not.
 *
 * @param users   usernames (lower case, as Keycloak stores them)
 * @param roles   realm role names
 * @param clients client ids
 */
public record SyncScope(Set<String> users, Set<String> roles, Set<String> clients) {

    public static final SyncScope NOTHING = new SyncScope(Set.of(), Set.of(), Set.of());

    public SyncScope {
        users = sortedCopy(users.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList());
        roles = sortedCopy(roles);
        clients = sortedCopy(clients);
    }

    /**
     * What differs between the realm synced last and the one the model asks for now: users, roles and clients added,
     * removed or changed, the subject and role of every mapping added or removed, and every object about to be
     * adopted (so the adoption is carried out even when the model did not change it).
     *
     * @param adopt keys such as {@code user/alice}
     */
    public static SyncScope between(DesiredRealm synced, DesiredRealm desired, Collection<String> adopt) {
        Set<String> users = new TreeSet<>(changedNames(synced.users(), desired.users()));
        Set<String> roles = new TreeSet<>(changedNames(synced.roles(), desired.roles()));
        Set<String> clients = new TreeSet<>(changedNames(synced.clients(), desired.clients()));
        for (RoleMapping mapping : symmetricDifference(synced.mappings(), desired.mappings())) {
            (mapping.subjectKind() == SubjectKind.PERSON ? users : clients).add(mapping.subject());
            roles.add(mapping.role());
        }
        SyncScope changed = new SyncScope(users, roles, clients);
        return changed.with(of(adopt));
    }

    /** A scope from keys such as {@code user/alice}, {@code role/reader}, {@code client/api-gateway}. */
    public static SyncScope of(Collection<String> keys) {
        Set<String> users = new TreeSet<>();
        Set<String> roles = new TreeSet<>();
        Set<String> clients = new TreeSet<>();
        for (String key : keys) {
            int slash = key.indexOf('/');
            String kind = slash < 0 ? "" : key.substring(0, slash);
            String name = key.substring(slash + 1);
            switch (kind) {
                case "user" -> users.add(name);
                case "role" -> roles.add(name);
                case "client" -> clients.add(name);
                default -> throw new IllegalArgumentException("not the key of a user, role or client: " + key);
            }
        }
        return new SyncScope(users, roles, clients);
    }

    public static SyncScope of(String... keys) {
        return of(List.of(keys));
    }

    public SyncScope with(SyncScope other) {
        return new SyncScope(union(users, other.users), union(roles, other.roles), union(clients, other.clients));
    }

    public boolean isEmpty() {
        return users.isEmpty() && roles.isEmpty() && clients.isEmpty();
    }

    public int size() {
        return users.size() + roles.size() + clients.size();
    }

    /** Whether the object with this key ({@code user/alice}, {@code role-mapping/user/alice->reader}) is in scope. */
    public boolean covers(String key) {
        int slash = key.indexOf('/');
        String name = key.substring(slash + 1);
        return switch (key.substring(0, Math.max(slash, 0))) {
            case "user" -> users.contains(name);
            case "role" -> roles.contains(name);
            case "client" -> clients.contains(name);
            case "role-mapping" -> coversMapping(name);
            default -> false;
        };
    }

    public boolean covers(RealmObject object) {
        return switch (object) {
            case RealmUser user -> users.contains(user.username());
            case RealmRole role -> roles.contains(role.name());
            case RealmClient client -> clients.contains(client.clientId());
            case RoleMapping mapping -> covers(mapping);
        };
    }

    /** A mapping is in scope when both its subject and its role are: only then does the planner know both ends. */
    public boolean covers(RoleMapping mapping) {
        boolean subject = mapping.subjectKind() == SubjectKind.PERSON ? users.contains(mapping.subject())
                : clients.contains(mapping.subject());
        return subject && roles.contains(mapping.role());
    }

    public DesiredRealm within(DesiredRealm realm) {
        return new DesiredRealm(filter(realm.users()), filter(realm.roles()), filter(realm.clients()),
                mappingsWithin(realm.mappings()));
    }

    public CurrentRealm within(CurrentRealm realm) {
        return new CurrentRealm(filter(realm.users()), filter(realm.roles()), filter(realm.clients()),
                mappingsWithin(realm.mappings()));
    }

    /**
     * HTTP requests a scoped read costs at most: a user is one search (plus its role mappings when roles are in
     * scope), a role one request, a client one search (plus its service account and that account's role mappings).
     */
    public int estimatedReads() {
        int mappingReads = roles.isEmpty() ? 0 : 1;
        return users.size() * (1 + mappingReads) + roles.size() + clients.size() * (1 + 2 * mappingReads);
    }

    /** E.g. {@code 1 user, 2 roles, 0 clients}. */
    public String describe() {
        return count(users.size(), "user") + ", " + count(roles.size(), "role") + ", " + count(clients.size(), "client");
    }

    @Override
    public String toString() {
        return "SyncScope[users=" + users + ", roles=" + roles + ", clients=" + clients + "]";
    }

    private boolean coversMapping(String name) {
        int arrow = name.lastIndexOf("->");
        if (arrow < 0) {
            return false;
        }
        String subject = name.substring(0, arrow);
        String role = name.substring(arrow + 2);
        return roles.contains(role) && (subject.startsWith("user/") ? users.contains(subject.substring(5))
                : subject.startsWith("client/") && clients.contains(subject.substring(7)));
    }

    private <T extends ManagedObject> List<T> filter(List<T> objects) {
        return objects.stream().filter(this::covers).toList();
    }

    private Set<RoleMapping> mappingsWithin(Set<RoleMapping> mappings) {
        return Set.copyOf(mappings.stream().filter(mapping -> covers(mapping)).toList());
    }

    private static <T extends ManagedObject> Set<String> changedNames(List<T> before, List<T> after) {
        Map<String, T> beforeByName = RealmState.byName(before);
        Map<String, T> afterByName = RealmState.byName(after);
        Set<String> changed = new TreeSet<>();
        beforeByName.forEach((name, object) -> {
            if (!Objects.equals(object, afterByName.get(name))) {
                changed.add(name);
            }
        });
        afterByName.keySet().stream().filter(name -> !beforeByName.containsKey(name)).forEach(changed::add);
        return changed;
    }

    private static Set<RoleMapping> symmetricDifference(Set<RoleMapping> a, Set<RoleMapping> b) {
        Set<RoleMapping> difference = new TreeSet<>(RoleMapping.ORDER);
        a.stream().filter(mapping -> !b.contains(mapping)).forEach(difference::add);
        b.stream().filter(mapping -> !a.contains(mapping)).forEach(difference::add);
        return difference;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new TreeSet<>(a);
        union.addAll(b);
        return union;
    }

    private static Set<String> sortedCopy(Collection<String> names) {
        return Collections.unmodifiableSet(new TreeSet<>(names));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
