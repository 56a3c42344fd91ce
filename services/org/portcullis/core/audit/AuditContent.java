package org.portcullis.core.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * What happened, without its place in the chain.
 *
 * @param at            when; kept to microseconds (what databases store)
 * @param changeRequest the change request behind it, or null
 * @param before        the object before, as JSON text, or null
 * @param after         the object after, as JSON text, or null
 */
public record AuditContent(Instant at, String actor, String action, String objectType, String objectName,
                           Long changeRequest, String before, String after, String clientAddress) {
    public AuditContent {
        at = AuditChain.truncate(Objects.requireNonNull(at, "at"));
    }
}
