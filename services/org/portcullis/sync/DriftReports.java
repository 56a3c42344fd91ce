package org.portcullis.sync;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * The latest drift check, kept in memory (a restart forgets it; the scheduled check and every sync run refresh it).
 * A sync run records its drift too, with no reverts, since it has just applied them.
 */
@ApplicationScoped
public class DriftReports {

    private volatile DriftReport latest;
    private volatile boolean checking;

    public Optional<DriftReport> latest() {
        return Optional.ofNullable(latest);
    }

    public boolean checking() {
        return checking;
    }

    void checking(boolean running) {
        this.checking = running;
    }

    DriftReport record(DriftReport report) {
        this.latest = report;
        return report;
    }
}
