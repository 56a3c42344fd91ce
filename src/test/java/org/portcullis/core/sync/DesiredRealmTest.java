package org.portcullis.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.portcullis.core.model.DataClassification;
import org.portcullis.core.model.PersonSpec;
import org.portcullis.core.model.PolicyModel;
import org.portcullis.core.model.RoleAssignmentSpec;
import org.portcullis.core.model.RoleSpec;
import org.portcullis.core.model.SubjectKind;
import org.portcullis.core.model.WorkloadSpec;

class DesiredRealmTest {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    static PolicyModel model(List<RoleAssignmentSpec> assignments) {
        return new PolicyModel(List.of(),
                List.of(new WorkloadSpec("llm-inference", "ai", "llm", "models", DataClassification.CONFIDENTIAL,
                        "ada", Map.of("app", "llm"), List.of(8080), false)),
                List.of(new PersonSpec("Ada", "Ada@Example.org", "Ada King Lovelace", true),
                        new PersonSpec("plato", null, "Plato", false)),
                List.of(new RoleSpec("reader", "may read"), new RoleSpec("writer", null)),
                assignments, List.of(), List.of(), List.of(), Map.of());
    }

    @Test
    void peopleBecomeUsersWithoutPasswordsRolesBecomeRealmRolesWorkloadsBecomeConfidentialClients() {
        DesiredRealm realm = DesiredRealm.from(model(List.of()), NOW);

        assertThat(realm.users()).containsExactly(
                new RealmUser("ada", "ada@example.org", "Ada", "King Lovelace", true, true),
                new RealmUser("plato", null, "Plato", null, false, true));
        assertThat(realm.roles()).containsExactly(new RealmRole("reader", "may read", true),
                new RealmRole("writer", null, true));
        assertThat(realm.clients()).containsExactly(
                new RealmClient("llm-inference", true, false, true, false, false, false, true));
    }

    static Stream<Arguments> shouldMap() {
        Instant later = NOW.plusSeconds(60);
        return Stream.of(
                Arguments.of(new RoleAssignmentSpec("reader", SubjectKind.PERSON, "Ada", null),
                        RoleMapping.ofUser("ada", "reader")),
                Arguments.of(new RoleAssignmentSpec("reader", SubjectKind.PERSON, "ada", later),
                        RoleMapping.ofUser("ada", "reader")),
                Arguments.of(new RoleAssignmentSpec("writer", SubjectKind.WORKLOAD, "llm-inference", later),
                        RoleMapping.ofClient("llm-inference", "writer")));
    }

    @ParameterizedTest
    @MethodSource
    void shouldMap(RoleAssignmentSpec assignment, RoleMapping mapping) {
        assertThat(DesiredRealm.from(model(List.of(assignment)), NOW).mappings()).containsExactly(mapping);
    }

    static Stream<Arguments> shouldNotMap() {
        return Stream.of(
                Arguments.of("expired now", new RoleAssignmentSpec("reader", SubjectKind.PERSON, "ada", NOW)),
                Arguments.of("expired before", new RoleAssignmentSpec("reader", SubjectKind.WORKLOAD, "llm-inference",
                        NOW.minusSeconds(1))),
                Arguments.of("unknown role", new RoleAssignmentSpec("admin", SubjectKind.PERSON, "ada", null)),
                Arguments.of("unknown person", new RoleAssignmentSpec("reader", SubjectKind.PERSON, "bob", null)),
                Arguments.of("workload name used as a person",
                        new RoleAssignmentSpec("reader", SubjectKind.PERSON, "llm-inference", null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void shouldNotMap(String name, RoleAssignmentSpec assignment) {
        assertThat(DesiredRealm.from(model(List.of(assignment)), NOW).mappings()).isEmpty();
    }
}
