package org.portcullis.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.portcullis.persistence.push.PushWork;
import org.portcullis.requests.InventoryChanged;

import java.time.Clock;

/**
 * Writes push work in the transaction that applied a request: the change and the duty to push it commit together or
 * not at all. Nothing is queued while no target is configured (the next push delivers the whole bundle anyway).
 */
@ApplicationScoped
public class PushOutbox {

    @PersistenceContext(unitName = "portcullis")
    EntityManager em;
    @Inject
    PushSettings settings;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    void onInventoryChanged(@Observes InventoryChanged changed) {
        if (settings.isEnabled()) {
            em.persist(new PushWork(changed.requestId(), changed.actor(), clock.instant()));
        }
    }

    /** Queues a push of the current bundle asked for by {@code username}. */
    @Transactional(Transactional.TxType.MANDATORY)
    void enqueueByHand(String username) {
        em.persist(new PushWork(null, username, clock.instant()));
    }
}
