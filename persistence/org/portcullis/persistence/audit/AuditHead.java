package org.portcullis.persistence.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.portcullis.core.audit.ChainHead;

/** The newest event of the chain. Its single row is locked by every append, which serialises them. */
@Entity
@Table(name = "audit_head")
public class AuditHead {
    public static final int ID = 1;

    @Id
    private int id;
    private long sequence;
    private String hash;

    protected AuditHead() {
    }

    public ChainHead head() {
        return new ChainHead(sequence, hash);
    }

    public void advanceTo(ChainHead head) {
        this.sequence = head.sequence();
        this.hash = head.hash();
    }
}
