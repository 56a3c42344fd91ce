package org.portcullis.persistence.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One unit of work in the Keycloak sync outbox: "the realm must catch up with request #n" (or with a manual "Sync
 * now"). Pending until a sync run that started after it succeeded; a failed run pushes its next attempt back.
 */
@Entity
@Table(name = "sync_work")
@NamedQuery(name = SyncWork.DUE, query = "SELECT w FROM SyncWork w WHERE w.state = :pending"
        + " AND w.nextAttemptAt <= :now ORDER BY w.id")
@NamedQuery(name = SyncWork.PENDING, query = "SELECT w FROM SyncWork w WHERE w.state = :pending ORDER BY w.id")
public class SyncWork {
    public static final String DUE = "SyncWork.due";
    public static final String PENDING = "SyncWork.pending";
    public static final int REASON_MAX = 63;
    public static final int ERROR_MAX = 2000;

    public enum State { PENDING, DONE }

    @Id
    @SequenceGenerator(name = "sync_work_seq", sequenceName = "sync_work_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sync_work_seq")
    private Long id;
    @Version
    private long version;
    @Column(name = "request_id")
    private Long requestId;
    @Column(nullable = false, length = REASON_MAX)
    private String reason;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;
    @Column(name = "done_at")
    private Instant doneAt;
    @Column(name = "run_id")
    private Long runId;

    protected SyncWork() {
    }

    /** Work due at once: after request {@code requestId} (null: asked for by hand, see {@code reason}). */
    public SyncWork(Long requestId, String reason, Instant createdAt) {
        this.requestId = requestId;
        this.reason = reason.length() > REASON_MAX ? reason.substring(0, REASON_MAX) : reason;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
        this.state = State.PENDING;
    }

    public void done(long run, Instant at) {
        this.state = State.DONE;
        this.runId = run;
        this.doneAt = at;
    }

    /** A run including this work failed: try again after {@code backoff}. */
    public void failed(long run, String error, Instant at, Duration backoff) {
        this.attempts++;
        this.runId = run;
        this.lastError = SyncRun.shorten(error);
        this.nextAttemptAt = at.plus(backoff);
    }

    /** "Sync now": whatever is waiting for its next attempt is due now. */
    public void dueAt(Instant at) {
        if (nextAttemptAt.isAfter(at)) {
            this.nextAttemptAt = at;
        }
    }

    public Long getId() { return id; }
    public Long getRequestId() { return requestId; }
    public String getReason() { return reason; }
    public Instant getCreatedAt() { return createdAt; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public State getState() { return state; }
    public String getLastError() { return lastError; }

    @Override
    public boolean equals(Object o) {
        return o instanceof SyncWork other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
