package org.portcullis.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.portcullis.audit.AuditActions;
import org.portcullis.audit.AuditTrail;
import org.portcullis.core.model.RoleSpec;
import org.portcullis.core.sync.Drift;
import org.portcullis.persistence.sync.SyncAdoption;
import org.portcullis.persistence.sync.SyncRun;
import org.portcullis.persistence.sync.SyncStore;
import org.portcullis.persistence.sync.SyncWork;
import org.portcullis.platform.DomainException;
import org.portcullis.requests.ChangeRequests;
import org.portcullis.requests.ItemDraft;
import org.portcullis.security.PortalRoles;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The Sync page's facade: status (configuration without secrets, realm endpoints, queue, recent runs, progress,
 * drift), "Sync now", "Check drift" and adopting unmanaged realm objects. Security admins act; auditors look.
 */
@ApplicationScoped
public class KeycloakSync {

    public record QueuedWork(long id, Long requestId, String reason, Instant createdAt, int attempts,
                             Instant nextAttemptAt, String lastError) {
    }

    public record Run(long id, String trigger, Instant startedAt, Instant finishedAt, String status, int stepsPlanned,
                      int stepsApplied, long requestsSent, long writesSent, String error) {
    }

    public record Overview(boolean enabled, String connection, String serverUrl, String realm,
                           Optional<String> issuer, Optional<String> jwksUri, Optional<String> endpointProblem,
                           List<QueuedWork> queue, List<Run> runs, SyncProgress.Snapshot progress,
                           Optional<DriftReport> drift, boolean checkingDrift, boolean mayAct) {
    }

    @Inject
    PortalRoles roles;
    @Inject
    KeycloakConfiguration configuration;
    @Inject
    SyncStore store;
    @Inject
    SyncOutbox outbox;
    @Inject
    SyncProgress progress;
    @Inject
    DriftReports driftReports;
    @Inject
    SyncWorker worker;
    @Inject
    RealmJwtSettings jwt;
    @Inject
    ChangeRequests requests;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** Everything but the endpoints, which may need a call to Keycloak: see {@link #overview()}. */
    @Transactional
    public Overview overview() {
        var viewer = roles.requireAny(RoleSpec.SECURITY_ADMIN, RoleSpec.AUDITOR);
        var enabled = configuration.enabled();
        var endpoints = enabled ? jwt.endpoints() : Optional.<org.portcullis.integrations.keycloak.RealmEndpoints>empty();
        var queue = store.pending().stream().map(KeycloakSync::queued).toList();
        var runs = store.recentRuns(50).stream().map(KeycloakSync::run).toList();
        return new Overview(enabled, configuration.describe(), configuration.serverUrl(), configuration.realm(),
                endpoints.map(e -> e.issuer()), endpoints.map(e -> e.jwksUri()),
                enabled ? jwt.problem() : Optional.empty(), queue, runs, progress.current(), driftReports.latest(),
                driftReports.checking(), roles.has(viewer, RoleSpec.SECURITY_ADMIN));
    }

    /** Queues a sync of the whole model and makes waiting work due now; also what "Revert" does. */
    @Transactional
    public void syncNow() {
        var actor = roles.require(RoleSpec.SECURITY_ADMIN);
        requireEnabled();
        outbox.enqueueByHand(actor);
        audit.record(AuditTrail.Event.of(actor, AuditActions.SYNC_REQUESTED).about("keycloak-realm", configuration.realm()));
    }

    /** Starts a drift check in the background; the page shows the result when it is there. */
    public void checkDrift() {
        roles.requireAny(RoleSpec.SECURITY_ADMIN, RoleSpec.AUDITOR);
        requireEnabled();
        worker.checkDriftSoon();
    }

    /**
     * Adopts a realm object reported by the latest drift check. An unmanaged user or role becomes a change request
     * that adds the same person or role to the model; once it is approved and applied, the next sync marks the realm
     * object managed instead of reporting a name clash. A name clash (the model has it already) is adopted at once.
     * Clients cannot be adopted here: a workload needs a namespace, service account, zone and owner that the realm
     * does not know. Returns the request number, or null for a name clash.
     */
    @Transactional
    public Long adopt(String key, String justification) {
        var actor = roles.require(RoleSpec.SECURITY_ADMIN);
        var drift = driftReports.latest().stream().flatMap(r -> r.drift().stream())
                .filter(d -> d.key().equals(key)).findFirst()
                .orElseThrow(() -> new DomainException("Check drift again: " + key + " is not in the latest report."));
        store.removeAbandonedAdoptions();
        if (store.isAdopting(key)) {
            throw new DomainException(key + " is being adopted already.");
        }
        Long requestId = null;
        if (drift.type() == Drift.Type.UNMANAGED) {
            var spec = Adoption.specOf(drift.object());
            requestId = requests.submit("Adopt Keycloak " + key, justification == null || justification.isBlank()
                    ? "Found in realm " + configuration.realm() + " but not in the model; adopt it so it is managed"
                    : justification, List.of(ItemDraft.create(spec)));
        } else {
            outbox.enqueueByHand(actor);
        }
        store.add(new SyncAdoption(key, requestId, actor, clock.instant()));
        audit.record(AuditTrail.Event.of(actor, AuditActions.SYNC_ADOPTION).about("keycloak-object", key)
                .request(requestId));
        return requestId;
    }

    private void requireEnabled() {
        if (!configuration.enabled()) {
            throw new DomainException("Keycloak sync is off: set PORTCULLIS_KEYCLOAK_URL and restart the portal.");
        }
    }

    private static QueuedWork queued(SyncWork w) {
        return new QueuedWork(w.getId(), w.getRequestId(), w.getReason(), w.getCreatedAt(), w.getAttempts(),
                w.getNextAttemptAt(), w.getLastError());
    }

    private static Run run(SyncRun r) {
        return new Run(r.getId(), r.getTrigger(), r.getStartedAt(), r.getFinishedAt(),
                r.getStatus().name().toLowerCase().replace('_', ' '), r.getStepsPlanned(), r.getStepsApplied(),
                r.getRequestsSent(), r.getWritesSent(), r.getError());
    }
}
