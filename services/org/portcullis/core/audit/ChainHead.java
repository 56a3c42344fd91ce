package org.portcullis.core.audit;

import java.util.Objects;

/**
 * The newest event of a chain: its sequence number and hash. An export's trailer carries it; keep it outside the
 * database (with an auditor, in a ticket) and a later verification proves nothing up to it was changed since.
 */
public record ChainHead(long sequence, String hash) {
    /** The head of an empty chain: the first event (sequence 1) points to it. */
    public static final ChainHead GENESIS = new ChainHead(0, AuditChain.GENESIS);

    public ChainHead {
        Objects.requireNonNull(hash, "hash");
    }

    @Override
    public String toString() {
        return "event " + sequence + " (hash " + hash + ")";
    }
}
