package org.portcullis.inventory;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.portcullis.requests.InventoryChanged;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reloads the approved model in the background once an applied request has committed, so the next request page's
 * plans (and the next sync or push) find it cached instead of reading tens of thousands of rows first.
 */
@ApplicationScoped
public class SnapshotWarmer {

    private static final Logger LOG = Logger.getLogger(SnapshotWarmer.class.getName());

    @Inject
    PolicySnapshots snapshots;
    @Resource
    ManagedExecutorService executor;

    void onApplied(@Observes(during = TransactionPhase.AFTER_SUCCESS) InventoryChanged event) {
        executor.execute(() -> {
            try {
                snapshots.current();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Background reload of the approved model failed; the next reader loads it", e);
            }
        });
    }
}
