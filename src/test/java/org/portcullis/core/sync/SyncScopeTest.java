package org.portcullis.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.core.sync.Realms.client;
import static org.portcullis.core.sync.Realms.realm;
import static org.portcullis.core.sync.Realms.role;
import static org.portcullis.core.sync.Realms.unmanagedClient;
import static org.portcullis.core.sync.Realms.unmanagedRole;
import static org.portcullis.core.sync.Realms.unmanagedUser;
import static org.portcullis.core.sync.Realms.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scope of a targeted sync: what it contains, when the whole realm is read instead, and the rule that makes it
 * safe — a targeted plan is part of the full plan, and all of it when the realm is as it was synced last.
 */
class SyncScopeTest {

    /** The realm as the last successful sync left it: two people, two roles, a workload, three mappings. */
    static Realms synced() {
        return realm().with(user("alice"), user("bob"), role("reader"), role("writer"), client("llm"))
                .userRole("alice", "reader").userRole("bob", "writer").clientRole("llm", "reader");
    }

    static Stream<Arguments> shouldScope() {
        return Stream.of(
                Arguments.of("nothing changed", synced(), List.of(), List.of()),
                Arguments.of("an email changed: the user only",
                        synced().with(new RealmUser("alice", "new@example.org", "First", "Last", true, true)),
                        List.of(), List.of("user/alice")),
                Arguments.of("a role granted: the mapping's user and role",
                        synced().userRole("alice", "writer"), List.of(), List.of("user/alice", "role/writer")),
                Arguments.of("a role granted to a workload: its client and the role",
                        synced().clientRole("llm", "writer"), List.of(), List.of("client/llm", "role/writer")),
                Arguments.of("a person added with a role",
                        synced().with(user("carol")).userRole("carol", "reader"), List.of(),
                        List.of("user/carol", "role/reader")),
                Arguments.of("a role deleted with its mappings",
                        realm().with(user("alice"), user("bob"), role("reader"), client("llm"))
                                .userRole("alice", "reader").clientRole("llm", "reader"),
                        List.of(), List.of("user/bob", "role/writer")),
                Arguments.of("a workload deleted", realm().with(user("alice"), user("bob"), role("reader"),
                                role("writer")).userRole("alice", "reader").userRole("bob", "writer"),
                        List.of(), List.of("client/llm", "role/reader")),
                Arguments.of("usernames in lower case, as in the realm",
                        synced().with(user("Dave")), List.of(), List.of("user/dave")),
                Arguments.of("an adoption is in scope although the model did not change it",
                        synced(), List.of("user/mallory"), List.of("user/mallory")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void shouldScope(String name, Realms desired, List<String> adopt, List<String> keys) {
        SyncScope scope = SyncScope.between(synced().desired(), desired.desired(), adopt);
        assertThat(scope).isEqualTo(SyncScope.of(keys));
    }

    static Stream<Arguments> shouldReadTheWholeRealm() {
        Realms many = synced();
        for (int i = 0; i < 10; i++) {
            many.with(user("user" + i));
        }
        return Stream.of(
                Arguments.of("nothing synced yet", null, synced()),
                Arguments.of("more changed than a whole read costs", synced(), many));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void shouldReadTheWholeRealm(String name, Realms synced, Realms desired) {
        SyncTarget target = SyncTarget.choose(synced == null ? null : synced.desired(), desired.desired(), List.of());
        assertThat(target.isWholeRealm()).isTrue();
        assertThat(target.covers("user/anyone")).isTrue();
    }

    @Test
    void shouldTargetOneChangeInALargeRealm() {
        Realms big = realm();
        for (int i = 0; i < 100; i++) {
            big.with(user("user" + i), role("role" + i));
        }
        Realms changed = realm();
        for (int i = 0; i < 100; i++) {
            changed.with(user("user" + i), role("role" + i));
        }
        changed.userRole("user7", "role3");
        SyncTarget target = SyncTarget.choose(big.desired(), changed.desired(), List.of());
        assertThat(target.isWholeRealm()).isFalse();
        assertThat(target.scope()).isEqualTo(SyncScope.of("user/user7", "role/role3"));
        assertThat(target.reason()).isEqualTo("1 user, 1 role, 0 clients changed since the last sync");
        assertThat(SyncTarget.wholeRealmReads(big.desired())).isEqualTo(103);
        assertThat(target.scope().estimatedReads()).isEqualTo(3);
    }

    @Test
    void shouldReadNothingWhenNothingChanged() {
        SyncTarget target = SyncTarget.choose(synced().desired(), synced().desired(), List.of());
        assertThat(target.isWholeRealm()).isFalse();
        assertThat(target.scope().isEmpty()).isTrue();
        assertThat(target.scope().estimatedReads()).isZero();
    }

    static Stream<Arguments> shouldCover() {
        SyncScope scope = SyncScope.of("user/alice", "role/reader", "client/llm");
        return Stream.of(
                Arguments.of(scope, "user/alice", true),
                Arguments.of(scope, "user/bob", false),
                Arguments.of(scope, "role/reader", true),
                Arguments.of(scope, "client/llm", true),
                Arguments.of(scope, "role-mapping/user/alice->reader", true),
                Arguments.of(scope, "role-mapping/client/llm->reader", true),
                Arguments.of(scope, "role-mapping/user/alice->writer", false),
                Arguments.of(scope, "role-mapping/user/bob->reader", false),
                Arguments.of(scope, "role-mapping/client/alice->reader", false));
    }

    @ParameterizedTest(name = "{1} covered: {2}")
    @MethodSource
    void shouldCover(SyncScope scope, String key, boolean covered) {
        assertThat(scope.covers(key)).isEqualTo(covered);
    }

    /**
     * Realms a targeted sync may find: as synced, or edited by hand inside or outside the scope, with unmanaged
     * objects, name clashes and adoptions. For each, the model's change and the adoptions.
     */
    static Stream<Arguments> realmsFound() {
        Realms grantWriterToAlice = synced().userRole("alice", "writer");
        Realms addCarol = synced().with(user("carol")).userRole("carol", "reader");
        Realms dropBob = realm().with(user("alice"), role("reader"), role("writer"), client("llm"))
                .userRole("alice", "reader").clientRole("llm", "reader");
        Realms dropWriter = realm().with(user("alice"), user("bob"), role("reader"), client("llm"))
                .userRole("alice", "reader").clientRole("llm", "reader");
        return Stream.of(
                Arguments.of("grant, realm as synced", grantWriterToAlice, synced(), List.of()),
                Arguments.of("grant, realm with a hand-made mapping outside the scope", grantWriterToAlice,
                        synced().userRole("bob", "reader"), List.of()),
                Arguments.of("grant, a hand-made mapping of alice to a role outside the scope", grantWriterToAlice,
                        synced().userRole("alice", "admin").with(role("admin")), List.of()),
                Arguments.of("grant, alice's email edited by hand", grantWriterToAlice,
                        synced().with(new RealmUser("alice", "x@evil.org", null, null, true, true)), List.of()),
                Arguments.of("grant, alice now unmanaged", grantWriterToAlice,
                        realm().with(unmanagedUser("alice"), user("bob"), role("reader"), role("writer"),
                                client("llm")).userRole("alice", "reader").userRole("bob", "writer"), List.of()),
                Arguments.of("grant, writer now unmanaged", grantWriterToAlice,
                        realm().with(user("alice"), user("bob"), role("reader"), unmanagedRole("writer"),
                                client("llm")).userRole("alice", "reader").userRole("bob", "writer"), List.of()),
                Arguments.of("new person, an unmanaged user of that name (clash)", addCarol,
                        synced().with(unmanagedUser("carol")), List.of()),
                Arguments.of("new person, an unmanaged user of that name being adopted", addCarol,
                        synced().with(unmanagedUser("carol")).userRole("carol", "writer"), List.of("user/carol")),
                Arguments.of("person removed, realm as synced", dropBob, synced(), List.of()),
                Arguments.of("person removed, but unmanaged in the realm", dropBob,
                        realm().with(user("alice"), unmanagedUser("bob"), role("reader"), role("writer"),
                                client("llm")).userRole("alice", "reader").userRole("bob", "writer"), List.of()),
                Arguments.of("role removed, realm has unmanaged objects elsewhere", dropWriter,
                        synced().with(unmanagedUser("zed"), unmanagedClient("tool")).userRole("zed", "writer"),
                        List.of()),
                Arguments.of("nothing changed, realm edited by hand", synced(),
                        synced().userRole("bob", "reader").with(new RealmRole("writer", "hacked", true)), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realmsFound")
    void targetedPlanIsPartOfTheFullPlan(String name, Realms desired, Realms found, List<String> adopt) {
        SyncScope scope = SyncScope.between(synced().desired(), desired.desired(), adopt);
        SyncPlan full = SyncPlanner.plan(desired.desired(), found.current(), Set.copyOf(adopt));
        SyncPlan targeted = SyncPlanner.plan(desired.desired(), found.current(), Set.copyOf(adopt), scope);

        assertThat(full.steps()).containsAll(targeted.steps());
        assertThat(full.drift()).containsAll(targeted.drift());
        // what the full plan does inside the scope, the targeted plan does too, in the same order
        assertThat(targeted.steps()).containsExactlyElementsOf(
                full.steps().stream().filter(step -> scope.covers(step.target())).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realmsFound")
    void targetedPlanIsTheFullPlanWhenTheRealmIsAsSynced(String name, Realms desired, Realms found,
                                                         List<String> adopt) {
        SyncScope scope = SyncScope.between(synced().desired(), desired.desired(), adopt);
        CurrentRealm asSyncedOutsideScope = mix(scope, found.current(), synced().current());
        SyncPlan full = SyncPlanner.plan(desired.desired(), asSyncedOutsideScope, Set.copyOf(adopt));
        SyncPlan targeted = SyncPlanner.plan(desired.desired(), asSyncedOutsideScope, Set.copyOf(adopt), scope);

        assertThat(targeted.steps()).containsExactlyElementsOf(full.steps());
    }

    @Test
    void scopedReadMayReturnMoreThanTheScope() {
        // a subject's role mappings come back whole; the planner must not act on mappings to roles outside the scope
        CurrentRealm read = realm().with(user("alice"), role("writer")).userRole("alice", "reader")
                .userRole("alice", "writer").current();
        SyncPlan plan = SyncPlanner.plan(synced().userRole("alice", "writer").desired(), read, Set.of(),
                SyncScope.of("user/alice", "role/writer"));
        assertThat(plan.steps()).isEmpty();
    }

    /** The realm {@code found} inside the scope, {@code synced} outside it. */
    private static CurrentRealm mix(SyncScope scope, CurrentRealm found, CurrentRealm synced) {
        CurrentRealm inside = scope.within(found);
        List<RealmUser> users = new ArrayList<>(inside.users());
        synced.users().stream().filter(user -> !scope.covers(user)).forEach(users::add);
        List<RealmRole> roles = new ArrayList<>(inside.roles());
        synced.roles().stream().filter(role -> !scope.covers(role)).forEach(roles::add);
        List<RealmClient> clients = new ArrayList<>(inside.clients());
        synced.clients().stream().filter(client -> !scope.covers(client)).forEach(clients::add);
        Set<RoleMapping> mappings = new java.util.HashSet<>(inside.mappings());
        synced.mappings().stream().filter(mapping -> !scope.covers(mapping)).forEach(mappings::add);
        return new CurrentRealm(users, roles, clients, mappings);
    }
}
