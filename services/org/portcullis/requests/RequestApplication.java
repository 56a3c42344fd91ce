package org.portcullis.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.portcullis.audit.AuditActions;
import org.portcullis.audit.AuditTrail;
import org.portcullis.core.requests.RequestState;
import org.portcullis.persistence.requests.ChangeItem;
import org.portcullis.persistence.requests.ChangeRequest;

import java.time.Clock;

/**
 * Applies an approved request to the inventory in one transaction: all items or none. A conflict rolls everything
 * back; the caller then records the failure in a transaction of its own.
 */
@ApplicationScoped
public class RequestApplication {

    @PersistenceContext(unitName = "portcullis")
    EntityManager em;
    @Inject
    InventoryChanges inventory;
    @Inject
    Clock clock;
    @Inject
    AuditTrail audit;
    @Inject
    jakarta.enterprise.event.Event<InventoryChanged> changed;
    @Inject
    jakarta.enterprise.event.Event<RequestNotApplied> notApplied;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void apply(long requestId) {
        var request = em.find(ChangeRequest.class, requestId);
        if (request.getState() != RequestState.APPROVED) {
            return;
        }
        var approver = request.getDecisions().getLast().actor();
        applyItems(request, approver);
        request.moveTo(RequestState.APPLIED, clock.instant());
        audit.record(AuditTrail.Event.of(approver, AuditActions.REQUEST_APPLIED).about("request", "#" + requestId)
                .request(requestId));
        changed.fire(new InventoryChanged(requestId, approver));
    }

    /** Applies every item and records each inventory change, with before and after, as the given actor. */
    void applyItems(ChangeRequest request, String actor) {
        for (ChangeItem item : request.getItems()) {
            inventory.apply(item.getOperation(), SpecJson.read(item.getKind(), item.getBeforeJson()),
                    SpecJson.read(item.getKind(), item.getAfterJson()));
            var action = switch (item.getOperation()) {
                case CREATE -> AuditActions.INVENTORY_CREATED;
                case UPDATE -> AuditActions.INVENTORY_UPDATED;
                case DELETE -> AuditActions.INVENTORY_DELETED;
            };
            audit.record(AuditTrail.Event.of(actor, action).about(item.getKind().name(), item.getObjectKey())
                    .request(request.getId()).change(item.getBeforeJson(), item.getAfterJson()));
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markFailed(long requestId, String reason) {
        em.find(ChangeRequest.class, requestId).fail(reason, clock.instant());
        audit.record(AuditTrail.Event.of(ChangeRequests.SYSTEM, AuditActions.REQUEST_FAILED)
                .about("request", "#" + requestId).request(requestId).change(null, SpecJson.write(java.util.Map.of("reason", reason))));
        notApplied.fire(new RequestNotApplied(requestId, RequestState.FAILED));
    }
}
