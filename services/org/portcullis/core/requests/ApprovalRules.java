package org.portcullis.core.requests;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The four-eyes rules, as pure functions. Like Kubernetes' RBAC authorizer, each answer is a value with its reason:
 * a facade asks, and either records the decision or shows the reason.
 *
 * <ul>
 *   <li>Nobody decides on their own request.</li>
 *   <li>Owners of called workloads approve first; a requester who owns the called workload needs no owner step.</li>
 *   <li>Then security admins approve: one, or two distinct ones when the request is high-risk (a HIGH zone, a PII
 *       workload or the security-admin role).</li>
 *   <li>Each person decides once. Anyone who may approve may also reject, with a comment.</li>
 * </ul>
 */
public final class ApprovalRules {

    private ApprovalRules() {
    }

    public static ApprovalRequirement requirementFor(RiskFacts facts, String requester) {
        var owners = new TreeSet<>(facts.destinationOwners());
        owners.remove(requester);
        var reasons = new java.util.ArrayList<>(facts.reasons());
        owners.forEach(o -> reasons.add("calls a workload owned by " + o + ", who approves first"));
        return new ApprovalRequirement(facts.isHighRisk() ? 2 : 1, owners, reasons);
    }

    /** The facts about a pending request a decision is checked against. */
    public record Pending(String requester, ApprovalRequirement requirement, List<Decision> decisions) {
        public Pending {
            decisions = List.copyOf(decisions);
        }

        Set<String> ownersStillToApprove() {
            var missing = new TreeSet<>(requirement.ownerApprovers());
            decisions.stream().filter(Decision::asOwner).map(Decision::actor).forEach(missing::remove);
            return missing;
        }

        long securityApprovals() {
            return decisions.stream().filter(d -> !d.asOwner() && d.verdict() == Decision.Verdict.APPROVE).count();
        }

        boolean hasDecided(String actor) {
            return decisions.stream().anyMatch(d -> d.actor().equals(actor));
        }
    }

    /** The answer to "may this person decide now, and in which capacity?" */
    public record Ruling(boolean allowed, boolean asOwner, String reason) {
        static Ruling deny(String reason) {
            return new Ruling(false, false, reason);
        }
    }

    /** What happens to the request when an allowed approval is recorded. */
    public enum Outcome { STILL_PENDING, APPROVED }

    public static Ruling mayDecide(Pending request, String actor, boolean actorIsSecurityAdmin) {
        if (actor.equals(request.requester())) {
            return Ruling.deny("You cannot decide on your own request: another person must approve it.");
        }
        if (request.hasDecided(actor)) {
            return Ruling.deny("You have already approved this request; a second approval must come from someone else.");
        }
        var ownersMissing = request.ownersStillToApprove();
        if (ownersMissing.contains(actor)) {
            return new Ruling(true, true, "as owner of the called workload");
        }
        if (!ownersMissing.isEmpty()) {
            return Ruling.deny("Waiting for the owner approval of " + String.join(", ", ownersMissing)
                    + " before security admins decide.");
        }
        if (!actorIsSecurityAdmin) {
            return Ruling.deny("Only security admins approve requests.");
        }
        return new Ruling(true, false, "as security admin");
    }

    /** The outcome after {@code decisions} (which already include the new approval). */
    public static Outcome outcomeAfter(Pending request) {
        return request.ownersStillToApprove().isEmpty()
                && request.securityApprovals() >= request.requirement().securityApprovals()
                ? Outcome.APPROVED : Outcome.STILL_PENDING;
    }
}
