package org.portcullis.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.portcullis.core.model.DataClassification;
import org.portcullis.core.model.PersonSpec;
import org.portcullis.core.model.PolicyModel;
import org.portcullis.core.model.RoleAssignmentSpec;
import org.portcullis.core.model.RoleSpec;
import org.portcullis.core.model.SubjectKind;
import org.portcullis.core.model.WorkloadSpec;
import org.portcullis.core.sync.DesiredRealm;
import org.portcullis.core.sync.SyncStep;

/** The plan an approver sees is the delta the request adds to the approved model; and the retry backoff. */
class KeycloakPlansTest {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    static PolicyModel model(List<PersonSpec> people, List<RoleAssignmentSpec> assignments) {
        return new PolicyModel(List.of(), List.of(new WorkloadSpec("postprocessor", "ml", "postprocessor", "processing",
                DataClassification.INTERNAL, "dave", Map.of("app", "postprocessor"), List.of(8080), false)),
                people, List.of(new RoleSpec("vector-reader", "Reads embeddings")), assignments, List.of(), List.of(),
                List.of(), Map.of());
    }

    static final List<PersonSpec> PEOPLE = List.of(new PersonSpec("dave", "dave@example.org", "Dave Engineer", true));

    @Test
    void roleRequestPlansExactlyOneMappingAndNothingElse() {
        var approved = model(PEOPLE, List.of());
        var proposed = model(PEOPLE, List.of(new RoleAssignmentSpec("vector-reader", SubjectKind.PERSON, "dave",
                NOW.plus(Duration.ofDays(1)))));

        var plan = KeycloakPlans.delta(DesiredRealm.from(approved, NOW), DesiredRealm.from(proposed, NOW));

        assertThat(plan.steps()).extracting(SyncStep::toString)
                .containsExactly("CREATE role-mapping/user/dave->vector-reader");
        assertThat(plan.drift()).isEmpty();
    }

    @Test
    void personUpdateListsOnlyTheFieldsThatDiffer() {
        var approved = model(PEOPLE, List.of());
        var proposed = model(List.of(new PersonSpec("dave", "dave@new.example.org", "Dave Engineer", false)), List.of());

        var plan = KeycloakPlans.delta(DesiredRealm.from(approved, NOW), DesiredRealm.from(proposed, NOW));

        assertThat(plan.steps()).extracting(SyncStep::toString)
                .containsExactly("UPDATE user/dave [email: dave@example.org -> dave@new.example.org, enabled: true -> false]");
    }

    @Test
    void unchangedModelPlansNothing() {
        var approved = DesiredRealm.from(model(PEOPLE, List.of()), NOW);

        assertThat(KeycloakPlans.delta(approved, approved).isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "after {0} failed runs wait {1} s")
    @CsvSource({"1, 5", "2, 10", "3, 20", "6, 160", "7, 300", "40, 300"})
    void backoffDoublesUpToTheCap(int attempts, long seconds) {
        var configuration = new KeycloakConfiguration();
        configuration.retryInitialSeconds = 5;
        configuration.retryMaxSeconds = 300;
        configuration.url = Optional.empty();

        assertThat(configuration.backoff(attempts)).isEqualTo(Duration.ofSeconds(seconds));
        assertThat(configuration.enabled()).isFalse();
    }
}
