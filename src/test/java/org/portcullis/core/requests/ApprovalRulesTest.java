package org.portcullis.core.requests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ApprovalRulesTest {

    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    /** A tiny builder: a pending request and the decisions taken so far. */
    private static final class Req {
        private final String requester;
        private RiskFacts facts = RiskFacts.none();
        private final List<Decision> decisions = new ArrayList<>();

        Req(String requester) {
            this.requester = requester;
        }

        static Req by(String requester) {
            return new Req(requester);
        }

        Req highZone() {
            facts = new RiskFacts(Set.of("model-serving"), facts.piiWorkloads(), facts.securityAdminRole(), facts.destinationOwners());
            return this;
        }

        Req pii() {
            facts = new RiskFacts(facts.highZones(), Set.of("vector-store"), facts.securityAdminRole(), facts.destinationOwners());
            return this;
        }

        Req securityAdminRole() {
            facts = new RiskFacts(facts.highZones(), facts.piiWorkloads(), true, facts.destinationOwners());
            return this;
        }

        Req calls(String owner) {
            facts = new RiskFacts(facts.highZones(), facts.piiWorkloads(), facts.securityAdminRole(), Set.of(owner));
            return this;
        }

        Req approvedBy(String actor, boolean asOwner) {
            decisions.add(new Decision(actor, Decision.Verdict.APPROVE, asOwner, "", T));
            return this;
        }

        ApprovalRules.Pending pending() {
            return new ApprovalRules.Pending(requester, ApprovalRules.requirementFor(facts, requester), decisions);
        }

        @Override
        public String toString() {
            return "request by " + requester + " " + facts + " " + decisions.size() + " decisions";
        }
    }

    static Stream<Arguments> shouldAllow() {
        return Stream.of(
                Arguments.of(Req.by("dave"), "alice", true, false),
                Arguments.of(Req.by("dave").highZone(), "alice", true, false),
                Arguments.of(Req.by("dave").highZone().approvedBy("alice", false), "bob", true, false),
                Arguments.of(Req.by("dave").calls("erin"), "erin", false, true),
                Arguments.of(Req.by("dave").calls("erin").approvedBy("erin", true), "alice", true, false),
                Arguments.of(Req.by("erin").calls("erin"), "alice", true, false));
    }

    @ParameterizedTest
    @MethodSource
    void shouldAllow(Req request, String actor, boolean actorIsAdmin, boolean asOwner) {
        var ruling = ApprovalRules.mayDecide(request.pending(), actor, actorIsAdmin);
        assertThat(ruling.allowed()).as(ruling.reason()).isTrue();
        assertThat(ruling.asOwner()).isEqualTo(asOwner);
    }

    static Stream<Arguments> shouldDeny() {
        return Stream.of(
                Arguments.of(Req.by("alice"), "alice", true, "own request"),
                Arguments.of(Req.by("dave"), "erin", false, "Only security admins"),
                Arguments.of(Req.by("dave").highZone().approvedBy("alice", false), "alice", true, "already approved"),
                Arguments.of(Req.by("dave").calls("erin"), "alice", true, "Waiting for the owner approval of erin"),
                Arguments.of(Req.by("dave").calls("erin").approvedBy("erin", true), "erin", false, "already"));
    }

    @ParameterizedTest
    @MethodSource
    void shouldDeny(Req request, String actor, boolean actorIsAdmin, String reason) {
        var ruling = ApprovalRules.mayDecide(request.pending(), actor, actorIsAdmin);
        assertThat(ruling.allowed()).isFalse();
        assertThat(ruling.reason()).contains(reason);
    }

    @Test
    void oneApprovalCompletesAnOrdinaryRequest() {
        assertThat(ApprovalRules.outcomeAfter(Req.by("dave").approvedBy("alice", false).pending()))
                .isEqualTo(ApprovalRules.Outcome.APPROVED);
    }

    @Test
    void highRiskRequestsNeedTwoDistinctSecurityApprovals() {
        for (var request : List.of(Req.by("dave").highZone(), Req.by("dave").pii(), Req.by("dave").securityAdminRole())) {
            assertThat(ApprovalRules.outcomeAfter(request.approvedBy("alice", false).pending()))
                    .as(request.toString()).isEqualTo(ApprovalRules.Outcome.STILL_PENDING);
            assertThat(ApprovalRules.outcomeAfter(request.approvedBy("bob", false).pending()))
                    .as(request.toString()).isEqualTo(ApprovalRules.Outcome.APPROVED);
        }
    }

    @Test
    void ownerApprovalDoesNotCountAsSecurityApproval() {
        var request = Req.by("dave").calls("erin").approvedBy("erin", true);
        assertThat(ApprovalRules.outcomeAfter(request.pending())).isEqualTo(ApprovalRules.Outcome.STILL_PENDING);
        assertThat(ApprovalRules.outcomeAfter(request.approvedBy("alice", false).pending()))
                .isEqualTo(ApprovalRules.Outcome.APPROVED);
    }

    @Test
    void requesterWhoOwnsTheCalledWorkloadNeedsNoOwnerStep() {
        var requirement = ApprovalRules.requirementFor(new RiskFacts(Set.of(), Set.of(), false, Set.of("erin")), "erin");
        assertThat(requirement.ownerApprovers()).isEmpty();
        assertThat(requirement.securityApprovals()).isEqualTo(1);
    }

    @Test
    void reasonsNameWhatMakesARequestHighRisk() {
        var requirement = ApprovalRules.requirementFor(new RiskFacts(Set.of("data"), Set.of("vector-store"), true,
                Set.of("erin")), "dave");
        assertThat(requirement.securityApprovals()).isEqualTo(2);
        assertThat(requirement.reasons()).containsExactly("touches HIGH-sensitivity zone data",
                "touches PII workload vector-store", "changes who holds the security-admin role",
                "calls a workload owned by erin, who approves first");
    }
}
