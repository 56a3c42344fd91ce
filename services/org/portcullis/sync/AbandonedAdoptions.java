package org.portcullis.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.portcullis.persistence.sync.SyncStore;
import org.portcullis.requests.RequestNotApplied;

/**
 * An adoption waits for its change request. When the request is rejected, withdrawn or fails, the adoption is
 * dropped in the same transaction: the realm object stays unmanaged and may be adopted again.
 */
@ApplicationScoped
public class AbandonedAdoptions {

    @Inject
    SyncStore store;

    void onRequestNotApplied(@Observes RequestNotApplied ended) {
        store.removeAdoptionsOf(ended.requestId());
    }
}
