package org.portcullis.sync;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.portcullis.platform.WorkerLeases;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls the outbox every few seconds and syncs when work is due; checks drift on its own schedule. Work left pending
 * by a stopped portal is simply due again after the restart. Off when no Keycloak is configured. With several portals
 * on one database both schedules run only on the holder of the {@value #LEASE} lease ({@link WorkerLeases}); on taking
 * it over, a portal first closes the runs the previous holder left open.
 */
@Singleton
@Startup
@DependsOn("Bootstrap")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SyncWorker {

    private static final Logger LOG = Logger.getLogger(SyncWorker.class.getName());
    static final String LEASE = "sync";

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    KeycloakConfiguration configuration;
    @Inject
    SyncJob job;
    @Inject
    SyncLedger ledger;
    @Inject
    DriftReports driftReports;
    @Inject
    WorkerLeases leases;

    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

    @PostConstruct
    void schedule() {
        if (!configuration.enabled()) {
            LOG.info(configuration.describe());
            return;
        }
        long poll = configuration.pollInterval().toMillis();
        tasks.add(scheduler.scheduleWithFixedDelay(this::syncSafely, poll, poll, TimeUnit.MILLISECONDS));
        long drift = configuration.driftInterval().toMillis();
        tasks.add(scheduler.scheduleWithFixedDelay(this::checkDriftIfLeading, drift, drift, TimeUnit.MILLISECONDS));
    }

    @PreDestroy
    void stop() {
        tasks.forEach(task -> task.cancel(false));
        leases.release(LEASE);
    }

    /** Runs the drift check now, off the caller's thread. */
    public void checkDriftSoon() {
        driftReports.checking(true);
        scheduler.execute(this::checkDrift);
    }

    /**
     * Whether this portal syncs now; on taking the lease over, first closes the runs a stopped portal left open.
     * Synchronized so that the other schedule's round cannot start before those are closed.
     */
    private synchronized boolean leading() {
        var hold = leases.hold(LEASE);
        if (hold == WorkerLeases.Hold.ACQUIRED) {
            int interrupted = ledger.closeInterruptedRuns();
            if (interrupted > 0) {
                LOG.info(() -> interrupted + " sync run(s) were cut off by a stopped portal; their work is queued again");
            }
        }
        return hold.held();
    }

    private void syncSafely() {
        try {
            // keep going while work is due: a burst of approvals needs no extra poll delay (renewing the lease each run)
            for (int runs = 0; runs < 10 && leading() && job.runDueWork(); runs++) {
                LOG.fine("sync run finished");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Keycloak sync poll failed; it polls again", e);
        }
    }

    private void checkDriftIfLeading() {
        try {
            if (leading()) {
                checkDrift();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Keycloak drift check failed", e);
        }
    }

    private void checkDrift() {
        try {
            driftReports.checking(true);
            job.checkDrift();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Keycloak drift check failed", e);
        } finally {
            driftReports.checking(false);
        }
    }
}
