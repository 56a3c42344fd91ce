package org.portcullis.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.portcullis.core.audit.AuditRecord;

import java.time.Instant;
import java.util.Objects;

/** One row of the audit history. Insert-only: no setters, and nothing in the portal updates or deletes it. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    private long sequence;
    @Column(nullable = false)
    private Instant at;
    @Column(nullable = false)
    private String actor;
    @Column(nullable = false)
    private String action;
    @Column(name = "object_type")
    private String objectType;
    @Column(name = "object_name")
    private String objectName;
    @Column(name = "change_request")
    private Long changeRequest;
    @Column(name = "before_json")
    private String before;
    @Column(name = "after_json")
    private String after;
    @Column(name = "client_address")
    private String clientAddress;
    @Column(name = "previous_hash", nullable = false)
    private String previousHash;
    @Column(nullable = false)
    private String hash;

    protected AuditEvent() {
    }

    public AuditEvent(AuditRecord record) {
        this.sequence = record.sequence();
        this.at = record.at();
        this.actor = record.actor();
        this.action = record.action();
        this.objectType = record.objectType();
        this.objectName = record.objectName();
        this.changeRequest = record.changeRequest();
        this.before = record.before();
        this.after = record.after();
        this.clientAddress = record.clientAddress();
        this.previousHash = record.previousHash();
        this.hash = record.hash();
    }

    public AuditRecord toRecord() {
        return new AuditRecord(sequence, at, actor, action, objectType, objectName, changeRequest, before, after,
                clientAddress, previousHash, hash);
    }

    public long getSequence() { return sequence; }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditEvent other && sequence == other.sequence;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(sequence);
    }
}
