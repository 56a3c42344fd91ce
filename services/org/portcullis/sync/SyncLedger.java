package org.portcullis.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.portcullis.audit.AuditActions;
import org.portcullis.audit.AuditTrail;
import org.portcullis.persistence.sync.SyncRun;
import org.portcullis.persistence.sync.SyncStore;
import org.portcullis.persistence.sync.SyncWork;
import org.portcullis.requests.SpecJson;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The worker's short transactions around a run: claim the due work, then record the outcome with its audit event.
 * Nothing here talks to Keycloak, so no transaction is held open while the realm is read or written.
 */
@ApplicationScoped
@Transactional
public class SyncLedger {

    /**
     * A run and the work rows it covers (rows that arrive later wait for the next run).
     *
     * @param byHand        some work asks for a sync of everything ("Sync now", a resolved name clash)
     * @param retry         some work was part of a failed run before
     * @param previousRunId the run before this one, whoever ran it (null: none)
     */
    public record Claim(long runId, List<Long> workIds, List<Long> requestIds, String trigger, boolean byHand,
                        boolean retry, Long previousRunId) {
    }

    /**
     * What was sent: planned and applied steps, the requests and writes of this run, and what it read (the whole
     * realm or a scope, with the reason; null when it failed before deciding).
     */
    public record Outcome(int planned, int applied, long requests, long writes, String read) {
    }

    @Inject
    SyncStore store;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    KeycloakConfiguration configuration;

    public Optional<Claim> claimDue() {
        var due = store.due(clock.instant());
        if (due.isEmpty()) {
            return Optional.empty();
        }
        var requestIds = due.stream().map(SyncWork::getRequestId).filter(java.util.Objects::nonNull).distinct().toList();
        var trigger = requestIds.isEmpty() ? due.getFirst().getReason()
                : "request" + (requestIds.size() > 1 ? "s " : " ") + String.join(", ",
                requestIds.stream().map(id -> "#" + id).toList());
        var run = new SyncRun(trigger.length() > SyncWork.REASON_MAX ? trigger.substring(0, SyncWork.REASON_MAX - 1)
                + "…" : trigger, due.size(), clock.instant());
        store.add(run);
        return Optional.of(new Claim(run.getId(), due.stream().map(SyncWork::getId).toList(), requestIds,
                run.getTrigger(), due.stream().anyMatch(work -> work.getRequestId() == null),
                due.stream().anyMatch(work -> work.getAttempts() > 0), store.previousRunId(run.getId())));
    }

    public void succeeded(Claim claim, Outcome outcome, List<String> adopted) {
        var now = clock.instant();
        var status = outcome.planned() == 0 ? SyncRun.Status.NO_CHANGE : SyncRun.Status.SUCCEEDED;
        store.run(claim.runId()).finish(status, outcome.planned(), outcome.applied(), outcome.requests(),
                outcome.writes(), null, now);
        store.work(claim.workIds()).forEach(work -> work.done(claim.runId(), now));
        store.removeAdoptions(adopted);
        audit.record(event(AuditActions.SYNC_SUCCEEDED, claim, outcome, status, null));
    }

    public void failed(Claim claim, Outcome outcome, String error) {
        var now = clock.instant();
        store.run(claim.runId()).finish(SyncRun.Status.FAILED, outcome.planned(), outcome.applied(),
                outcome.requests(), outcome.writes(), error, now);
        store.work(claim.workIds()).forEach(work -> work.failed(claim.runId(), error, now,
                configuration.backoff(work.getAttempts() + 1)));
        audit.record(event(AuditActions.SYNC_FAILED, claim, outcome, SyncRun.Status.FAILED, error));
    }

    /** Runs still marked running were cut off by a shutdown; their work is still pending and runs again. */
    public int closeInterruptedRuns() {
        var interrupted = store.running();
        interrupted.forEach(run -> run.finish(SyncRun.Status.FAILED, 0, 0, 0, 0,
                "interrupted: the portal stopped during the run; its work stayed queued", clock.instant()));
        return interrupted.size();
    }

    public List<String> adoptableKeys() {
        return store.adoptableKeys();
    }

    private AuditTrail.Event event(String action, Claim claim, Outcome outcome, SyncRun.Status status,
                                   String error) {
        var details = new LinkedHashMap<String, Object>();
        details.put("status", status.name());
        details.put("trigger", claim.trigger());
        details.put("requests", claim.requestIds());
        details.put("stepsPlanned", outcome.planned());
        details.put("stepsApplied", outcome.applied());
        details.put("httpRequests", outcome.requests());
        details.put("writes", outcome.writes());
        if (outcome.read() != null) {
            details.put("read", outcome.read());
        }
        if (error != null) {
            details.put("error", error);
        }
        return AuditTrail.Event.of(AuditTrail.SYSTEM, action).about("keycloak-realm", configuration.realm())
                .change(null, SpecJson.write(details));
    }
}
