package org.portcullis.persistence.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/** One sync of the realm: what was planned and sent, and how it ended. */
@Entity
@Table(name = "sync_run")
public class SyncRun {
    public static final int ERROR_MAX = 2000;

    public enum Status { RUNNING, SUCCEEDED, NO_CHANGE, FAILED }

    @Id
    @SequenceGenerator(name = "sync_run_seq", sequenceName = "sync_run_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sync_run_seq")
    private Long id;
    @Version
    private long version;
    @Column(name = "trigger_reason", nullable = false, length = SyncWork.REASON_MAX)
    private String trigger;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "steps_planned", nullable = false)
    private int stepsPlanned;
    @Column(name = "steps_applied", nullable = false)
    private int stepsApplied;
    @Column(name = "requests_sent", nullable = false)
    private long requestsSent;
    @Column(name = "writes_sent", nullable = false)
    private long writesSent;
    @Column(name = "work_items", nullable = false)
    private int workItems;
    @Column(length = ERROR_MAX)
    private String error;

    protected SyncRun() {
    }

    public SyncRun(String trigger, int workItems, Instant startedAt) {
        this.trigger = trigger;
        this.workItems = workItems;
        this.startedAt = startedAt;
        this.status = Status.RUNNING;
    }

    public void finish(Status outcome, int planned, int applied, long requests, long writes, String failure,
                       Instant at) {
        this.status = outcome;
        this.stepsPlanned = planned;
        this.stepsApplied = applied;
        this.requestsSent = requests;
        this.writesSent = writes;
        this.error = shorten(failure);
        this.finishedAt = at;
    }

    static String shorten(String text) {
        return text == null || text.length() <= ERROR_MAX ? text : text.substring(0, ERROR_MAX - 1) + "…";
    }

    public Long getId() { return id; }
    public String getTrigger() { return trigger; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public Status getStatus() { return status; }
    public int getStepsPlanned() { return stepsPlanned; }
    public int getStepsApplied() { return stepsApplied; }
    public long getRequestsSent() { return requestsSent; }
    public long getWritesSent() { return writesSent; }
    public int getWorkItems() { return workItems; }
    public String getError() { return error; }

    @Override
    public boolean equals(Object o) {
        return o instanceof SyncRun other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
