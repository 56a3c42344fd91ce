package org.portcullis.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.portcullis.core.sync.CurrentRealm;
import org.portcullis.core.sync.DesiredRealm;
import org.portcullis.core.sync.SyncPlan;
import org.portcullis.core.sync.SyncPlanner;
import org.portcullis.integrations.keycloak.IdentityDirectory;
import org.portcullis.integrations.keycloak.IdentityDirectoryException;
import org.portcullis.inventory.PolicySnapshots;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One sync or drift check at a time (the directory's id cache is shared between reading and applying): read the
 * realm, plan from the approved model, apply with progress, record the run. The plan is made after the work was
 * claimed, so it contains every change the claimed rows stand for.
 */
@ApplicationScoped
public class SyncJob {

    private static final Logger LOG = Logger.getLogger(SyncJob.class.getName());

    @Inject
    KeycloakConnection connection;
    @Inject
    SyncLedger ledger;
    @Inject
    PolicySnapshots snapshots;
    @Inject
    SyncProgress progress;
    @Inject
    DriftReports driftReports;
    @Inject
    Clock clock;

    private final ReentrantLock lock = new ReentrantLock();

    /** Syncs if work is due; returns whether a run happened. */
    public boolean runDueWork() {
        var directory = connection.directory();
        if (directory.isEmpty()) {
            return false;
        }
        lock.lock();
        try {
            var claim = ledger.claimDue();
            if (claim.isEmpty()) {
                return false;
            }
            run(directory.get(), claim.get());
            return true;
        } finally {
            progress.idle();
            lock.unlock();
        }
    }

    private void run(IdentityDirectory directory, SyncLedger.Claim claim) {
        long requestsBefore = connection.requestCount();
        long writesBefore = connection.writeCount();
        int[] applied = {0};
        SyncPlan plan = SyncPlan.EMPTY;
        progress.started(claim.runId());
        try {
            var adopt = List.copyOf(ledger.adoptableKeys());
            var current = directory.read();
            plan = SyncPlanner.plan(DesiredRealm.from(snapshots.current(), clock.instant()), current,
                    new HashSet<>(adopt));
            int total = plan.steps().size();
            progress.applying(claim.runId(), 0, total);
            directory.apply(plan, (step, done, all) -> {
                applied[0] = done;
                progress.applying(claim.runId(), done, all);
            });
            ledger.succeeded(claim, outcome(plan, total, requestsBefore, writesBefore), adopt);
            driftReports.record(new DriftReport(clock.instant(), List.of(), plan.drift(), null));
        } catch (IdentityDirectoryException e) {
            int done = Math.max(applied[0], e.appliedSteps());
            LOG.warning(() -> "Keycloak sync run " + claim.runId() + " failed (" + (e.retryable() ? "retryable"
                    : "not retryable") + "): " + e.getMessage());
            ledger.failed(claim, outcome(plan, done, requestsBefore, writesBefore),
                    (e.retryable() ? "" : "not retryable: ") + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Keycloak sync run " + claim.runId() + " failed", e);
            ledger.failed(claim, outcome(plan, applied[0], requestsBefore, writesBefore), e.toString());
        }
    }

    private SyncLedger.Outcome outcome(SyncPlan plan, int applied, long requestsBefore, long writesBefore) {
        return new SyncLedger.Outcome(plan.steps().size(), applied, connection.requestCount() - requestsBefore,
                connection.writeCount() - writesBefore);
    }

    /** Reads the realm and compares it with the approved model; sends nothing. */
    public DriftReport checkDrift() {
        var directory = connection.directory();
        if (directory.isEmpty()) {
            return DriftReport.failed(clock.instant(), "Keycloak sync is off");
        }
        lock.lock();
        try {
            CurrentRealm current = directory.get().read();
            var plan = SyncPlanner.plan(DesiredRealm.from(snapshots.current(), clock.instant()), current,
                    new HashSet<>(ledger.adoptableKeys()));
            return driftReports.record(new DriftReport(clock.instant(), plan.steps(), plan.drift(), null));
        } catch (IdentityDirectoryException e) {
            return driftReports.record(DriftReport.failed(clock.instant(), e.getMessage()));
        } finally {
            lock.unlock();
        }
    }
}
