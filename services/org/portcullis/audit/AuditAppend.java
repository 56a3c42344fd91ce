package org.portcullis.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Records an event in a transaction of its own: for what the audit history does itself (verifications, exports),
 * which runs outside a transaction while it streams and records its outcome afterwards.
 */
@ApplicationScoped
public class AuditAppend {

    @Inject
    AuditTrail trail;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(AuditTrail.Event event) {
        trail.record(event);
    }
}
