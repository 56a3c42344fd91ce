package org.portcullis.core.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One event of the audit chain, as stored and exported. {@link AuditChain#next} makes them; nothing edits them.
 *
 * @param sequence     1 for the first event, then +1 each; no gaps
 * @param at           when; kept to microseconds (what databases store)
 * @param before       the object before, as JSON text, or null
 * @param after        the object after, as JSON text, or null
 * @param previousHash the hash of event {@code sequence - 1}, or {@link AuditChain#GENESIS} for the first event
 * @param hash         {@link AuditChain#hash} of this record
 */
public record AuditRecord(long sequence, Instant at, String actor, String action, String objectType,
                          String objectName, Long changeRequest, String before, String after, String clientAddress,
                          String previousHash, String hash) {
    public AuditRecord {
        at = AuditChain.truncate(Objects.requireNonNull(at, "at"));
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    public AuditContent content() {
        return new AuditContent(at, actor, action, objectType, objectName, changeRequest, before, after,
                clientAddress);
    }

    public ChainHead head() {
        return new ChainHead(sequence, hash);
    }
}
