package org.portcullis.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.portcullis.audit.AuditActions;
import org.portcullis.audit.AuditTrail;
import org.portcullis.core.requests.Decision;
import org.portcullis.persistence.push.PushRun;
import org.portcullis.persistence.push.PushWork;
import org.portcullis.persistence.requests.ChangeRequest;
import org.portcullis.requests.SpecJson;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The short transactions around a push: claim the due work and open a run per target; then, after the (long,
 * untransacted) publish, record each run's outcome, mark the work done or schedule its retry, and audit it.
 */
@ApplicationScoped
public class PushDelivery {

    /** Work taken for one push, with an open run per target. */
    public record Claim(List<UUID> work, List<Long> requestIds, List<String> byHand, UUID gitRun, UUID clusterRun) {
    }

    /** How one target fared: {@code error} null on success. */
    public record Outcome(boolean changedAnything, String commitId, int added, int changed, int removed, String error) {
        public static Outcome failed(String error) {
            return new Outcome(false, null, 0, 0, 0, error);
        }

        public boolean succeeded() {
            return error == null;
        }
    }

    @PersistenceContext(unitName = "portcullis")
    EntityManager em;
    @Inject
    PushSettings settings;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** Claims all open work if any is due (see {@link PushSchedule}); empty when there is nothing to do. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public java.util.Optional<Claim> claimDue() {
        var open = open(PushWork.State.PENDING);
        var due = settings.schedule().due(open.stream().map(PushDelivery::scheduled).toList(), clock.instant());
        if (due.isEmpty() || !settings.isEnabled()) {
            return java.util.Optional.empty();
        }
        var taken = open.stream().filter(w -> due.contains(w.getId())).toList();
        taken.forEach(PushWork::claim);
        var requestIds = taken.stream().map(PushWork::getRequestId).filter(Objects::nonNull).distinct().sorted().toList();
        var byHand = taken.stream().filter(w -> w.getRequestId() == null).map(PushWork::getRequestedBy).distinct().toList();
        var label = requestIds.isEmpty() ? "by hand (" + String.join(", ", byHand) + ")"
                : requestIds.stream().map(id -> "#" + id).collect(Collectors.joining(", "));
        UUID gitRun = settings.git().map(t -> open(PushRun.Target.GIT, t.redactedRemote(), label)).orElse(null);
        UUID clusterRun = settings.cluster().map(c -> open(PushRun.Target.CLUSTER, settings.describeCluster(), label))
                .orElse(null);
        return java.util.Optional.of(new Claim(taken.stream().map(PushWork::getId).toList(), requestIds, byHand,
                gitRun, clusterRun));
    }

    /** The commit message for the claimed requests: titles, requesters and approvers. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String commitMessage(Claim claim) {
        var requests = new ArrayList<CommitMessage.Request>();
        for (Long id : claim.requestIds()) {
            var request = em.find(ChangeRequest.class, id);
            if (request != null) {
                requests.add(new CommitMessage.Request(id, request.getTitle(), request.getRequester(),
                        request.getDecisions().stream().filter(d -> d.verdict() == Decision.Verdict.APPROVE)
                                .map(d -> d.actor() + (d.asOwner() ? " (owner)" : "")).toList()));
            }
        }
        return CommitMessage.of(requests, claim.byHand());
    }

    /** Records the outcomes; the work is done only when every configured target succeeded. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(Claim claim, Outcome git, Outcome cluster) {
        var now = clock.instant();
        record(claim, claim.gitRun(), git);
        record(claim, claim.clusterRun(), cluster);
        boolean delivered = (git == null || git.succeeded()) && (cluster == null || cluster.succeeded());
        var work = claim.work().stream().map(id -> em.find(PushWork.class, id)).filter(Objects::nonNull).toList();
        if (delivered) {
            UUID run = claim.gitRun() != null ? claim.gitRun() : claim.clusterRun();
            work.forEach(w -> w.delivered(run, now));
        } else {
            var retry = settings.schedule().afterFailure(work.stream().map(PushDelivery::scheduled).toList(), now);
            String error = git != null && !git.succeeded() ? git.error() : cluster.error();
            work.forEach(w -> w.failed(retry.attempts(), retry.at(), error));
        }
    }

    /** After a restart: claims and runs a crash interrupted go back to the queue and are marked failed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int releaseInterrupted() {
        var now = clock.instant();
        var claimed = open(PushWork.State.RUNNING);
        claimed.forEach(w -> w.release(now));
        em.createNamedQuery(PushRun.RUNNING, PushRun.class).setParameter("running", PushRun.Status.RUNNING)
                .getResultList().forEach(r -> r.failed("interrupted by a restart of the portal; retried", now));
        return claimed.size();
    }

    private void record(Claim claim, UUID runId, Outcome outcome) {
        if (runId == null || outcome == null) {
            return;
        }
        var run = em.find(PushRun.class, runId);
        var now = clock.instant();
        if (outcome.succeeded()) {
            run.succeeded(outcome.changedAnything(), outcome.commitId(), outcome.added(), outcome.changed(), outcome.removed(),
                    now);
        } else {
            run.failed(outcome.error(), now);
        }
        var details = new LinkedHashMap<String, Object>();
        details.put("target", run.getTarget().name().toLowerCase());
        details.put("destination", run.getDestination());
        details.put("requests", claim.requestIds());
        details.put("status", run.getStatus().name());
        if (outcome.succeeded()) {
            details.put("commit", outcome.commitId());
            details.put("added", outcome.added());
            details.put("changed", outcome.changed());
            details.put("removed", outcome.removed());
        } else {
            details.put("error", outcome.error());
        }
        audit.record(AuditTrail.Event.of(AuditTrail.SYSTEM,
                        outcome.succeeded() ? AuditActions.PUSH_SUCCEEDED : AuditActions.PUSH_FAILED)
                .about("push", run.getTarget().name().toLowerCase())
                .request(claim.requestIds().isEmpty() ? null : claim.requestIds().getLast())
                .change(null, SpecJson.write(details)));
    }

    private UUID open(PushRun.Target target, String destination, String requests) {
        var run = new PushRun(target, destination, requests, clock.instant());
        em.persist(run);
        return run.getId();
    }

    private List<PushWork> open(PushWork.State state) {
        return em.createNamedQuery(PushWork.OPEN, PushWork.class).setParameter("done", PushWork.State.DONE)
                .getResultList().stream().filter(w -> w.getState() == state).toList();
    }

    private static PushSchedule.Work scheduled(PushWork work) {
        return new PushSchedule.Work(work.getId(), work.getAttempts(), work.getNextAttemptAt());
    }
}
