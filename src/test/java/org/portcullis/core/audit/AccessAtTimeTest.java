package org.portcullis.core.audit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.portcullis.core.audit.AccessAtTime.Change;
import org.portcullis.core.audit.AccessAtTime.Target;
import org.portcullis.core.model.RoleAssignmentSpec;
import org.portcullis.core.model.ServicePermissionSpec;
import org.portcullis.core.model.SubjectKind;
import org.portcullis.core.requests.ObjectKind;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class AccessAtTimeTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static Instant t(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    private static RoleAssignmentSpec role(String role, String person, Instant expiresAt) {
        return new RoleAssignmentSpec(role, SubjectKind.PERSON, person, expiresAt);
    }

    private static ServicePermissionSpec call(String source, String destination, Instant expiresAt) {
        return new ServicePermissionSpec(source, destination, List.of("GET"), List.of("/v1/*"), List.of(8080), null,
                expiresAt, false);
    }

    private static Change created(int minute, Object spec, long request) {
        return new Change(t(minute), "inventory.created", kind(spec), "k", null, spec, request);
    }

    private static Change updated(int minute, Object before, Object after, long request) {
        return new Change(t(minute), "inventory.updated", kind(spec(before, after)), "k", before, after, request);
    }

    private static Change deleted(int minute, Object spec, long request) {
        return new Change(t(minute), "inventory.deleted", kind(spec), "k", spec, null, request);
    }

    private static Object spec(Object before, Object after) {
        return after != null ? after : before;
    }

    private static ObjectKind kind(Object spec) {
        return spec instanceof RoleAssignmentSpec ? ObjectKind.ROLE_ASSIGNMENT : ObjectKind.SERVICE_PERMISSION;
    }

    private static final Target ML_USER = Target.role("ml-user");
    private static final Target LLM = Target.workload("llm-service");

    static Stream<Arguments> shouldHold() {
        return Stream.of(
                Arguments.of("granted before D", ML_USER, 10, List.of(created(5, role("ml-user", "dave", null), 7)),
                        "dave"),
                Arguments.of("granted exactly at D", ML_USER, 5, List.of(created(5, role("ml-user", "dave", null), 7)),
                        "dave"),
                Arguments.of("expires after D", ML_USER, 10,
                        List.of(created(5, role("ml-user", "dave", t(11)), 7)), "dave"),
                Arguments.of("deleted after D", ML_USER, 10, List.of(created(5, role("ml-user", "dave", null), 7),
                        deleted(20, role("ml-user", "dave", null), 8)), "dave"),
                Arguments.of("extended before it expired", ML_USER, 30, List.of(
                        created(5, role("ml-user", "dave", t(20)), 7),
                        updated(15, role("ml-user", "dave", t(20)), role("ml-user", "dave", t(60)), 9)), "dave"),
                Arguments.of("re-granted after a revocation", ML_USER, 30, List.of(
                        created(5, role("ml-user", "dave", null), 7), deleted(10, role("ml-user", "dave", null), 8),
                        created(20, role("ml-user", "dave", null), 9)), "dave"),
                Arguments.of("update seen without its create", ML_USER, 30, List.of(
                        updated(5, role("ml-user", "dave", t(20)), role("ml-user", "dave", null), 9)), "dave"),
                Arguments.of("caller of the workload", LLM, 10,
                        List.of(created(5, call("preprocessor", "llm-service", null), 3)), "preprocessor"));
    }

    static Stream<Arguments> shouldNotHold() {
        return Stream.of(
                Arguments.of("granted after D", ML_USER, 4, List.of(created(5, role("ml-user", "dave", null), 7))),
                Arguments.of("expired exactly at D", ML_USER, 10,
                        List.of(created(5, role("ml-user", "dave", t(10)), 7))),
                Arguments.of("expired before D, revoked later", ML_USER, 15, List.of(
                        created(5, role("ml-user", "dave", t(10)), 7), deleted(20, role("ml-user", "dave", t(10)), 8))),
                Arguments.of("revoked before D", ML_USER, 15, List.of(created(5, role("ml-user", "dave", null), 7),
                        deleted(10, role("ml-user", "dave", null), 8))),
                Arguments.of("another role", ML_USER, 10, List.of(created(5, role("ml-engineer", "dave", null), 7))),
                Arguments.of("a workload it calls, not a caller", LLM, 10,
                        List.of(created(5, call("llm-service", "vector-store", null), 3))),
                Arguments.of("shortened to before D", ML_USER, 30, List.of(
                        created(5, role("ml-user", "dave", null), 7),
                        updated(15, role("ml-user", "dave", null), role("ml-user", "dave", t(20)), 9))),
                Arguments.of("not an inventory change", ML_USER, 10, List.of(new Change(t(5), "request.approved",
                        ObjectKind.ROLE_ASSIGNMENT, "k", null, role("ml-user", "dave", null), 7L))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void shouldHold(String why, Target target, int minute, List<Change> changes, String subject) {
        assertThat(AccessAtTime.replay(target, t(minute), changes)).extracting(AccessAtTime.Holder::subject)
                .containsExactly(subject);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void shouldNotHold(String why, Target target, int minute, List<Change> changes) {
        assertThat(AccessAtTime.replay(target, t(minute), changes)).isEmpty();
    }

    @Test
    void holderKeepsSinceAndListsEveryRequestThatShapedTheGrant() {
        var holders = AccessAtTime.replay(ML_USER, t(30), List.of(
                created(5, role("ml-user", "dave", t(20)), 7),
                updated(15, role("ml-user", "dave", t(20)), role("ml-user", "dave", t(60)), 9)));
        assertThat(holders).singleElement().satisfies(h -> {
            assertThat(h.since()).isEqualTo(t(5));
            assertThat(h.expiresAt()).isEqualTo(t(60));
            assertThat(h.requestIds()).containsExactly(7L, 9L);
            assertThat(h.latestRequest()).isEqualTo(9L);
            assertThat(h.subjectKind()).isEqualTo("PERSON");
        });
    }

    @Test
    void regrantStartsANewSince() {
        var holders = AccessAtTime.replay(ML_USER, t(30), List.of(created(5, role("ml-user", "dave", null), 7),
                deleted(10, role("ml-user", "dave", null), 8), created(20, role("ml-user", "dave", null), 9)));
        assertThat(holders).singleElement().satisfies(h -> {
            assertThat(h.since()).isEqualTo(t(20));
            assertThat(h.requestIds()).containsExactly(9L);
        });
    }

    @Test
    void holdersAreSortedBySubjectAndCallersCarryTheirOperations() {
        var holders = AccessAtTime.replay(LLM, t(30), List.of(
                created(5, call("preprocessor", "llm-service", null), 3),
                created(6, call("api-gateway", "llm-service", null), 4)));
        assertThat(holders).extracting(AccessAtTime.Holder::subject).containsExactly("api-gateway", "preprocessor");
        assertThat(holders.getFirst().detail()).contains("methods GET").contains("paths /v1/*").contains("ports 8080");
    }
}
