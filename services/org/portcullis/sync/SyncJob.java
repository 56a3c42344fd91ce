package org.portcullis.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.portcullis.core.sync.CurrentRealm;
import org.portcullis.core.sync.DesiredRealm;
import org.portcullis.core.sync.SyncPlan;
import org.portcullis.core.sync.SyncPlanner;
import org.portcullis.core.sync.SyncTarget;
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
 * claimed, so it contains every change the claimed rows stand for. A run reads only the objects that changed since
 * this portal's last successful run ({@link SyncBaseline}), or the whole realm when that is unknown.
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
    private final SyncBaseline baseline = new SyncBaseline();

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
        SyncTarget target = null;
        progress.started(claim.runId());
        try {
            var adopt = List.copyOf(ledger.adoptableKeys());
            var desired = DesiredRealm.from(snapshots.current(), clock.instant());
            target = baseline.targetFor(claim, desired, adopt);
            var read = target;
            LOG.fine(() -> "Keycloak sync run " + claim.runId() + " reads " + read);
            plan = target.plan(desired, read(directory, target), new HashSet<>(adopt));
            int total = plan.steps().size();
            progress.applying(claim.runId(), 0, total);
            directory.apply(plan, (step, done, all) -> {
                applied[0] = done;
                progress.applying(claim.runId(), done, all);
            });
            ledger.succeeded(claim, outcome(plan, total, requestsBefore, writesBefore, target), adopt);
            baseline.synced(claim.runId(), desired);
            driftReports.recordRun(target, clock.instant(), plan.drift());
        } catch (IdentityDirectoryException e) {
            baseline.forget();
            int done = Math.max(applied[0], e.appliedSteps());
            LOG.warning(() -> "Keycloak sync run " + claim.runId() + " failed (" + (e.retryable() ? "retryable"
                    : "not retryable") + "): " + e.getMessage());
            ledger.failed(claim, outcome(plan, done, requestsBefore, writesBefore, target),
                    (e.retryable() ? "" : "not retryable: ") + e.getMessage());
        } catch (RuntimeException e) {
            baseline.forget();
            LOG.log(Level.WARNING, "Keycloak sync run " + claim.runId() + " failed", e);
            ledger.failed(claim, outcome(plan, applied[0], requestsBefore, writesBefore, target), e.toString());
        }
    }

    /** Nothing changed since the last run: nothing to read either. */
    private static CurrentRealm read(IdentityDirectory directory, SyncTarget target) {
        if (target.isWholeRealm()) {
            return directory.read();
        }
        return target.scope().isEmpty() ? CurrentRealm.EMPTY : directory.read(target.scope());
    }

    private SyncLedger.Outcome outcome(SyncPlan plan, int applied, long requestsBefore, long writesBefore,
                                       SyncTarget target) {
        return new SyncLedger.Outcome(plan.steps().size(), applied, connection.requestCount() - requestsBefore,
                connection.writeCount() - writesBefore, target == null ? null : target.toString());
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
            if (!plan.isEmpty()) {
                baseline.forget(); // managed objects differ from the model: the next run reverts them everywhere
            }
            return driftReports.record(new DriftReport(clock.instant(), plan.steps(), plan.drift(), null));
        } catch (IdentityDirectoryException e) {
            return driftReports.record(DriftReport.failed(clock.instant(), e.getMessage()));
        } finally {
            lock.unlock();
        }
    }
}
