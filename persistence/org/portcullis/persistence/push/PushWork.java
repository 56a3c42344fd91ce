package org.portcullis.persistence.push;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One reason to push: an applied request (or a "push now"). Written in the transaction that applied the request;
 * delivered by whichever push run next succeeds on every target, which then marks it done.
 */
@Entity
@Table(name = "push_work")
@NamedQuery(name = PushWork.OPEN, query = "SELECT w FROM PushWork w WHERE w.state <> :done ORDER BY w.createdAt")
public class PushWork {
    public static final String OPEN = "PushWork.open";
    public static final int ERROR_MAX = 4000;

    public enum State { PENDING, RUNNING, DONE }

    @Id
    private UUID id;
    @Version
    private long version;
    @Column(name = "request_id")
    private Long requestId;
    @Column(name = "requested_by", nullable = false)
    private String requestedBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;
    @Column(name = "delivered_by")
    private UUID deliveredBy;
    @Column(name = "done_at")
    private Instant doneAt;

    protected PushWork() {
    }

    /** Work due at once; {@code requestId} null for a push asked for by hand. */
    public PushWork(Long requestId, String requestedBy, Instant at) {
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.requestedBy = requestedBy;
        this.createdAt = at;
        this.state = State.PENDING;
        this.nextAttemptAt = at;
    }

    public void claim() {
        state = State.RUNNING;
    }

    public void delivered(UUID run, Instant at) {
        state = State.DONE;
        deliveredBy = run;
        doneAt = at;
        lastError = null;
    }

    public void failed(int attemptsSoFar, Instant retryAt, String error) {
        state = State.PENDING;
        attempts = attemptsSoFar;
        nextAttemptAt = retryAt;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), ERROR_MAX));
    }

    /** A claim a crash interrupted goes back to the queue, due now. */
    public void release(Instant at) {
        state = State.PENDING;
        nextAttemptAt = at;
    }

    public UUID getId() { return id; }
    public Long getRequestId() { return requestId; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getCreatedAt() { return createdAt; }
    public State getState() { return state; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public String getLastError() { return lastError; }

    @Override
    public boolean equals(Object o) {
        return o instanceof PushWork other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
