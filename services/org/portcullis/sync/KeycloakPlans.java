package org.portcullis.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.portcullis.core.requests.RequestState;
import org.portcullis.core.sync.CurrentRealm;
import org.portcullis.core.sync.DesiredRealm;
import org.portcullis.core.sync.SyncPlan;
import org.portcullis.core.sync.SyncPlanner;
import org.portcullis.inventory.PolicySnapshots;
import org.portcullis.requests.ChangeRequests;

import java.time.Clock;

/**
 * The Keycloak changes a pending request would cause, for its approvers: the plan from the realm the approved model
 * asks for to the realm the model with this request asks for. Computed from the model alone — no call to Keycloak,
 * so it is fast and works while Keycloak is down; hand edits in the realm are not part of it (the Sync page's drift
 * check shows those).
 */
@ApplicationScoped
public class KeycloakPlans {

    /** The plan, or why there is none ({@code plan} empty then). */
    public record RequestPlan(SyncPlan plan, String note) {
    }

    @Inject
    ChangeRequests requests;
    @Inject
    PolicySnapshots snapshots;
    @Inject
    KeycloakConfiguration configuration;
    @Inject
    Clock clock;

    @Transactional
    public RequestPlan forRequest(long id) {
        var detail = requests.detail(id); // who may see the request may see its plan
        if (detail.summary().state() != RequestState.PENDING) {
            return new RequestPlan(SyncPlan.EMPTY, "This request is " + detail.summary().state().name().toLowerCase()
                    + ": the Keycloak sync page shows what was sent.");
        }
        var now = clock.instant();
        SyncPlan plan;
        try {
            plan = delta(DesiredRealm.from(snapshots.current(), now), DesiredRealm.from(snapshots.proposed(id), now));
        } catch (RuntimeException e) {
            return new RequestPlan(SyncPlan.EMPTY, "No plan: the request no longer applies to the current model ("
                    + e.getMessage() + ").");
        }
        var where = configuration.enabled() ? "realm " + configuration.realm() : "the realm (sync is off)";
        return new RequestPlan(plan, "What approving it changes in " + where + ", computed from the approved model"
                + " without asking Keycloak (works while Keycloak is down; hand edits in the realm are not included).");
    }

    /** The approved model's realm stands in for the current realm: everything in it is managed. */
    static SyncPlan delta(DesiredRealm approved, DesiredRealm proposed) {
        var current = new CurrentRealm(approved.users(), approved.roles(), approved.clients(), approved.mappings());
        return SyncPlanner.plan(proposed, current);
    }
}
