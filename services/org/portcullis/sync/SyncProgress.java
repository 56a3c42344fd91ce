package org.portcullis.sync;

import jakarta.enterprise.context.ApplicationScoped;

/** What the worker is doing right now, in memory, for the progress bar of the Sync page. */
@ApplicationScoped
public class SyncProgress {

    /** {@code total} 0 while the realm is read and planned. */
    public record Snapshot(boolean running, long runId, String phase, int done, int total) {
        public static final Snapshot IDLE = new Snapshot(false, 0, "idle", 0, 0);

        public double fraction() {
            return total == 0 ? 0 : (double) done / total;
        }
    }

    private volatile Snapshot current = Snapshot.IDLE;

    public Snapshot current() {
        return current;
    }

    void started(long runId) {
        current = new Snapshot(true, runId, "reading the realm", 0, 0);
    }

    void applying(long runId, int done, int total) {
        current = new Snapshot(true, runId, "applying", done, total);
    }

    void idle() {
        current = Snapshot.IDLE;
    }
}
