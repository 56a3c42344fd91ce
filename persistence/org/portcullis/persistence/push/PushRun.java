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

/** One delivery of the bundle to one target: started, then finished as succeeded, no change, or failed. */
@Entity
@Table(name = "push_run")
@NamedQuery(name = PushRun.RECENT, query = "SELECT r FROM PushRun r ORDER BY r.startedAt DESC")
@NamedQuery(name = PushRun.RUNNING, query = "SELECT r FROM PushRun r WHERE r.status = :running")
public class PushRun {
    public static final String RECENT = "PushRun.recent";
    public static final String RUNNING = "PushRun.running";
    public static final int ERROR_MAX = 4000;
    public static final int REQUESTS_MAX = 2000;
    public static final int DESTINATION_MAX = 1000;

    public enum Target { GIT, CLUSTER }

    public enum Status { RUNNING, SUCCEEDED, NO_CHANGE, FAILED }

    @Id
    private UUID id;
    @Version
    private long version;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Target target;
    @Column(nullable = false, length = DESTINATION_MAX)
    private String destination;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(nullable = false, length = REQUESTS_MAX)
    private String requests;
    @Column(name = "commit_id")
    private String commitId;
    private int added;
    private int changed;
    private int removed;
    @Column(length = ERROR_MAX)
    private String error;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;

    protected PushRun() {
    }

    /** A run starting now; {@code requests} the request ids it delivers, e.g. {@code "#12, #13"}. */
    public PushRun(Target target, String destination, String requests, Instant startedAt) {
        this.id = UUID.randomUUID();
        this.target = target;
        this.destination = cut(destination, DESTINATION_MAX);
        this.requests = cut(requests, REQUESTS_MAX);
        this.status = Status.RUNNING;
        this.startedAt = startedAt;
    }

    public void succeeded(boolean changedAnything, String commit, int added, int changed, int removed, Instant at) {
        this.status = changedAnything ? Status.SUCCEEDED : Status.NO_CHANGE;
        this.commitId = commit;
        this.added = added;
        this.changed = changed;
        this.removed = removed;
        this.finishedAt = at;
    }

    public void failed(String reason, Instant at) {
        this.status = Status.FAILED;
        this.error = cut(reason, ERROR_MAX);
        this.finishedAt = at;
    }

    private static String cut(String text, int max) {
        return text == null ? null : text.substring(0, Math.min(text.length(), max));
    }

    public UUID getId() { return id; }
    public Target getTarget() { return target; }
    public String getDestination() { return destination; }
    public Status getStatus() { return status; }
    public String getRequests() { return requests; }
    public String getCommitId() { return commitId; }
    public int getAdded() { return added; }
    public int getChanged() { return changed; }
    public int getRemoved() { return removed; }
    public String getError() { return error; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }

    @Override
    public boolean equals(Object o) {
        return o instanceof PushRun other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
