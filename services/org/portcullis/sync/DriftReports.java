package org.portcullis.sync;

import jakarta.enterprise.context.ApplicationScoped;

import org.portcullis.core.sync.Drift;
import org.portcullis.core.sync.SyncTarget;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * What a sync run found: a whole-realm run replaces the report (with no reverts: it has just applied them); a
     * targeted run only renews the entries of the objects it read, and does nothing when there is no full report.
     */
    void recordRun(SyncTarget target, Instant at, List<Drift> drift) {
        if (target.isWholeRealm()) {
            record(new DriftReport(at, List.of(), drift, null));
            return;
        }
        var report = latest;
        if (report == null || report.error() != null) {
            return;
        }
        var renewed = new ArrayList<Drift>();
        report.drift().stream().filter(entry -> !target.covers(entry.key())).forEach(renewed::add);
        renewed.addAll(drift);
        record(new DriftReport(report.checkedAt(), report.reverts().stream()
                .filter(step -> !target.covers(step.target().key())).toList(), renewed, null));
    }
}
