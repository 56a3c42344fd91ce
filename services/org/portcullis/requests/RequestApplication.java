package org.portcullis.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
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

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void apply(long requestId) {
        var request = em.find(ChangeRequest.class, requestId);
        if (request.getState() != RequestState.APPROVED) {
            return;
        }
        for (ChangeItem item : request.getItems()) {
            inventory.apply(item.getOperation(), SpecJson.read(item.getKind(), item.getBeforeJson()),
                    SpecJson.read(item.getKind(), item.getAfterJson()));
        }
        request.moveTo(RequestState.APPLIED, clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markFailed(long requestId, String reason) {
        em.find(ChangeRequest.class, requestId).fail(reason, clock.instant());
    }
}
