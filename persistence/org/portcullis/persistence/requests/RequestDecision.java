package org.portcullis.persistence.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.portcullis.core.requests.Decision;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An approval or rejection. Insert-only: there are no setters. */
@Entity
@Table(name = "request_decision")
public class RequestDecision {

    @Id
    private UUID id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private ChangeRequest request;
    @Column(nullable = false)
    private String actor;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Decision.Verdict decision;
    @Column(name = "as_owner")
    private boolean asOwner;
    @Column(nullable = false)
    private String comment;
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected RequestDecision() {
    }

    public RequestDecision(Decision decision) {
        this.id = UUID.randomUUID();
        this.actor = decision.actor();
        this.decision = decision.verdict();
        this.asOwner = decision.asOwner();
        this.comment = decision.comment() == null ? "" : decision.comment();
        this.decidedAt = decision.at();
    }

    void attachTo(ChangeRequest request) {
        this.request = request;
    }

    Decision toDecision() {
        return new Decision(actor, decision, asOwner, comment, decidedAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequestDecision other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
