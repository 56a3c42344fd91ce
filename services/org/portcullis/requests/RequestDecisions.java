package org.portcullis.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.portcullis.audit.AuditActions;
import org.portcullis.audit.AuditTrail;
import org.portcullis.core.requests.ApprovalRules;
import org.portcullis.core.requests.Decision;
import org.portcullis.core.requests.RequestState;
import org.portcullis.persistence.requests.ChangeRequest;
import org.portcullis.persistence.requests.RequestDecision;

import java.time.Clock;

/**
 * Records decisions on requests, one transaction each. Two people deciding the same request at once: both bump the
 * request's version, so exactly one commit wins and the other gets a {@link ConcurrentChangeException}.
 */
@ApplicationScoped
public class RequestDecisions {

    @PersistenceContext(unitName = "portcullis")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AuditTrail audit;
    @Inject
    jakarta.enterprise.event.Event<RequestNotApplied> notApplied;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RequestState approve(long id, long expectedVersion, String actor, boolean actorIsSecurityAdmin,
                                String comment) {
        var request = pendingAt(id, expectedVersion);
        var ruling = ApprovalRules.mayDecide(request.pending(), actor, actorIsSecurityAdmin);
        if (!ruling.allowed()) {
            throw new DecisionRefusedException(ruling.reason());
        }
        request.record(new RequestDecision(new Decision(actor, Decision.Verdict.APPROVE, ruling.asOwner(),
                comment, clock.instant())));
        var approved = ApprovalRules.outcomeAfter(request.pending()) == ApprovalRules.Outcome.APPROVED;
        if (approved) {
            request.moveTo(RequestState.APPROVED, clock.instant());
        }
        flush(request);
        audit.record(event(actor, approved ? AuditActions.REQUEST_APPROVED : AuditActions.REQUEST_APPROVAL, id,
                ruling.reason(), comment));
        return request.getState();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void reject(long id, long expectedVersion, String actor, boolean actorIsSecurityAdmin, String comment) {
        if (comment == null || comment.isBlank()) {
            throw InvalidChangeException.of("comment", "Say why you reject the request: the requester reads it.");
        }
        var request = pendingAt(id, expectedVersion);
        var ruling = ApprovalRules.mayDecide(request.pending(), actor, actorIsSecurityAdmin);
        if (!ruling.allowed()) {
            throw new DecisionRefusedException(ruling.reason());
        }
        request.record(new RequestDecision(new Decision(actor, Decision.Verdict.REJECT, ruling.asOwner(),
                comment.strip(), clock.instant())));
        request.moveTo(RequestState.REJECTED, clock.instant());
        flush(request);
        audit.record(event(actor, AuditActions.REQUEST_REJECTED, id, ruling.reason(), comment.strip()));
        notApplied.fire(new RequestNotApplied(id, RequestState.REJECTED));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void withdraw(long id, long expectedVersion, String actor) {
        var request = pendingAt(id, expectedVersion);
        if (!request.isRequestedBy(actor)) {
            throw new DecisionRefusedException("Only " + request.getRequester() + ", who made the request, can withdraw it.");
        }
        request.moveTo(RequestState.WITHDRAWN, clock.instant());
        flush(request);
        audit.record(AuditTrail.Event.of(actor, AuditActions.REQUEST_WITHDRAWN).about("request", "#" + id).request(id));
        notApplied.fire(new RequestNotApplied(id, RequestState.WITHDRAWN));
    }

    private static AuditTrail.Event event(String actor, String action, long id, String capacity, String comment) {
        return AuditTrail.Event.of(actor, action).about("request", "#" + id).request(id)
                .change(null, SpecJson.write(java.util.Map.of("as", capacity, "comment", comment == null ? "" : comment)));
    }

    private ChangeRequest pendingAt(long id, long expectedVersion) {
        var request = em.find(ChangeRequest.class, id);
        if (request == null) {
            throw new DecisionRefusedException("There is no request #" + id + ".");
        }
        if (request.getVersion() != expectedVersion || request.getState() != RequestState.PENDING) {
            throw new ConcurrentChangeException("Request #" + id + " changed while you were looking at it (it is now "
                    + request.getState().name().toLowerCase() + "). Your decision was not recorded; the page shows its"
                    + " current state.");
        }
        em.lock(request, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return request;
    }

    private void flush(ChangeRequest request) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException("Someone else decided on request #" + request.getId()
                    + " at the same moment and was first. Your decision was not recorded; the page shows its current state.");
        }
    }
}
