package org.portcullis.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.core.sync.Realms.client;
import static org.portcullis.core.sync.Realms.realm;
import static org.portcullis.core.sync.Realms.role;
import static org.portcullis.core.sync.Realms.unmanagedClient;
import static org.portcullis.core.sync.Realms.unmanagedRole;
import static org.portcullis.core.sync.Realms.unmanagedUser;
import static org.portcullis.core.sync.Realms.user;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SyncPlannerTest {

    static Stream<Arguments> shouldCreate() {
        return Stream.of(
                Arguments.of("role into an empty realm", realm().with(role("reader")), realm(),
                        List.of("CREATE role/reader")),
                Arguments.of("user into an empty realm", realm().with(user("alice")), realm(),
                        List.of("CREATE user/alice")),
                Arguments.of("workload client into an empty realm", realm().with(client("llm")), realm(),
                        List.of("CREATE client/llm")),
                Arguments.of("everything, roles before users before clients before mappings",
                        realm().with(client("llm"), user("alice"), role("reader"))
                                .userRole("alice", "reader").clientRole("llm", "reader"),
                        realm(),
                        List.of("CREATE role/reader", "CREATE user/alice", "CREATE client/llm",
                                "CREATE role-mapping/user/alice->reader", "CREATE role-mapping/client/llm->reader")),
                Arguments.of("mapping between existing managed objects",
                        realm().with(user("alice"), role("reader")).userRole("alice", "reader"),
                        realm().with(user("alice"), role("reader")),
                        List.of("CREATE role-mapping/user/alice->reader")),
                Arguments.of("mapping although the user also has Keycloak's default role",
                        realm().with(user("alice"), role("reader")).userRole("alice", "reader"),
                        realm().with(user("alice"), role("reader")).userRole("alice", "default-roles-demo"),
                        List.of("CREATE role-mapping/user/alice->reader")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void shouldCreate(String name, Realms desired, Realms current, List<String> steps) {
        assertThat(stepsOf(desired, current)).containsExactlyElementsOf(steps);
    }

    static Stream<Arguments> shouldUpdate() {
        return Stream.of(
                Arguments.of("email edited by hand is reverted",
                        realm().with(user("alice")),
                        realm().with(new RealmUser("alice", "hacked@evil.org", "First", "Last", true, true)),
                        List.of("UPDATE user/alice [email: hacked@evil.org -> alice@example.org]")),
                Arguments.of("disabled person",
                        realm().with(new RealmUser("alice", "alice@example.org", "First", "Last", false, true)),
                        realm().with(user("alice")),
                        List.of("UPDATE user/alice [enabled: true -> false]")),
                Arguments.of("role description",
                        realm().with(new RealmRole("reader", "reads", true)),
                        realm().with(role("reader")),
                        List.of("UPDATE role/reader [description: role reader -> reads]")),
                Arguments.of("client switched to a browser flow by hand",
                        realm().with(client("llm")),
                        realm().with(new RealmClient("llm", true, false, true, true, false, false, true)),
                        List.of("UPDATE client/llm [standardFlowEnabled: true -> false]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void shouldUpdate(String name, Realms desired, Realms current, List<String> steps) {
        assertThat(stepsOf(desired, current)).containsExactlyElementsOf(steps);
    }

    static Stream<Arguments> shouldDelete() {
        return Stream.of(
                Arguments.of("managed user gone from the model", realm(), realm().with(user("bob")),
                        List.of("DELETE user/bob")),
                Arguments.of("revoked assignment", realm().with(user("alice"), role("reader")),
                        realm().with(user("alice"), role("reader")).userRole("alice", "reader"),
                        List.of("DELETE role-mapping/user/alice->reader")),
                Arguments.of("expired workload assignment", realm().with(client("llm"), role("reader")),
                        realm().with(client("llm"), role("reader")).clientRole("llm", "reader"),
                        List.of("DELETE role-mapping/client/llm->reader")),
                Arguments.of("clients, users, roles; mappings of deleted objects go with them",
                        realm().with(user("alice"), role("reader")).userRole("alice", "reader"),
                        realm().with(user("alice"), user("bob"), role("reader"), role("writer"), client("llm"))
                                .userRole("alice", "reader").userRole("alice", "writer").userRole("bob", "reader")
                                .clientRole("llm", "writer"),
                        List.of("DELETE client/llm", "DELETE user/bob", "DELETE role/writer")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void shouldDelete(String name, Realms desired, Realms current, List<String> steps) {
        assertThat(stepsOf(desired, current)).containsExactlyElementsOf(steps);
    }

    static Stream<Arguments> shouldLeaveAlone() {
        return Stream.of(
                Arguments.of("realm already as desired", realm().with(user("alice"), role("reader"), client("llm"))
                        .userRole("alice", "reader").clientRole("llm", "reader"),
                        realm().with(user("alice"), role("reader"), client("llm"))
                                .userRole("alice", "reader").clientRole("llm", "reader"), List.of()),
                Arguments.of("unmanaged user", realm(), realm().with(unmanagedUser("carol")),
                        List.of("UNMANAGED user/carol")),
                Arguments.of("unmanaged role and client", realm(), realm().with(unmanagedRole("ops"),
                        unmanagedClient("grafana")), List.of("UNMANAGED role/ops", "UNMANAGED client/grafana")),
                Arguments.of("unmanaged user with the model's name", realm().with(user("carol")),
                        realm().with(unmanagedUser("carol")), List.of("NAME_CLASH user/carol")),
                Arguments.of("mappings of an unmanaged user", realm().with(role("reader")),
                        realm().with(unmanagedUser("carol"), role("reader")).userRole("carol", "reader"),
                        List.of("UNMANAGED user/carol")),
                Arguments.of("unmanaged role held by a managed user", realm().with(user("alice")),
                        realm().with(user("alice"), unmanagedRole("ops")).userRole("alice", "ops"),
                        List.of("UNMANAGED role/ops")),
                Arguments.of("no mapping to a clashing user", realm().with(user("carol"), role("reader"))
                        .userRole("carol", "reader"), realm().with(unmanagedUser("carol"), role("reader")),
                        List.of("NAME_CLASH user/carol")));
    }

    /** Nothing is written: the plan is empty; what is not ours shows up as drift only. */
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void shouldLeaveAlone(String name, Realms desired, Realms current, List<String> drift) {
        SyncPlan plan = SyncPlanner.plan(desired.desired(), current.current());

        assertThat(plan.isEmpty()).as("steps %s", plan.steps()).isTrue();
        assertThat(plan.drift()).extracting(d -> d.type() + " " + d.key()).containsExactlyElementsOf(drift);
    }

    @Test
    void adoptionMarksTheClashingObjectManagedAndAlignsIt() {
        Realms desired = realm().with(user("carol"), role("reader")).userRole("carol", "reader");
        Realms current = realm().with(new RealmUser("carol", "old@example.org", "First", "Last", true, false),
                role("reader"));

        SyncPlan plan = SyncPlanner.plan(desired.desired(), current.current(), Set.of("user/carol"));

        assertThat(plan.steps()).extracting(SyncStep::toString).containsExactly(
                "UPDATE user/carol [email: old@example.org -> carol@example.org, portcullis.managed: null -> true]",
                "CREATE role-mapping/user/carol->reader");
        assertThat(plan.drift()).isEmpty();
    }

    @Test
    void createCarriesEveryFieldAndDeleteEveryOldValue() {
        SyncPlan create = SyncPlanner.plan(realm().with(role("reader")).desired(), realm().current());
        SyncPlan delete = SyncPlanner.plan(realm().desired(), realm().with(role("reader")).current());

        assertThat(create.steps().getFirst().changes()).containsExactly(
                new FieldChange("description", null, "role reader"),
                new FieldChange("portcullis.managed", null, "true"));
        assertThat(delete.steps().getFirst().changes()).containsExactly(
                new FieldChange("description", "role reader", null),
                new FieldChange("portcullis.managed", "true", null));
    }

    private static List<String> stepsOf(Realms desired, Realms current) {
        SyncPlan plan = SyncPlanner.plan(desired.desired(), current.current());
        return plan.steps().stream().map(SyncStep::toString).toList();
    }
}
