package org.portcullis.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.portcullis.persistence.sync.SyncWork;
import org.portcullis.persistence.sync.SyncStore;
import org.portcullis.requests.InventoryChanged;

import java.time.Clock;

/**
 * Writes a work row for every applied request, inside the transaction that applied it (the event is fired there and
 * observed synchronously): the change and the promise to propagate it commit together — nothing approved is lost,
 * even if the portal stops before the sync runs.
 */
@ApplicationScoped
public class SyncOutbox {

    public static final String AFTER_REQUEST = "request";
    public static final String BY_HAND = "sync now";

    @Inject
    SyncStore store;
    @Inject
    KeycloakConfiguration configuration;
    @Inject
    Clock clock;

    /** With the sync off there is nothing to promise: the first sync after turning it on sends the whole model. */
    void onInventoryChanged(@Observes InventoryChanged change) {
        if (configuration.enabled()) {
            store.add(new SyncWork(change.requestId(), AFTER_REQUEST, clock.instant()));
        }
    }

    /** Joins the caller's transaction. */
    void enqueueByHand(String actor) {
        var now = clock.instant();
        store.pending().forEach(work -> work.dueAt(now));
        store.add(new SyncWork(null, BY_HAND + " (" + actor + ")", now));
    }
}
