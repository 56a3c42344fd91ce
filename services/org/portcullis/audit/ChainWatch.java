package org.portcullis.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.portcullis.platform.WorkerLeases;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Verifies the audit chain on a schedule ({@code portcullis.audit.verify.interval.minutes}, default 60; environment
 * {@code PORTCULLIS_AUDIT_VERIFY_INTERVAL_MINUTES}). A broken chain is logged as SEVERE by the verification; the
 * newest result is what the audit view shows. With several portals on one database only the holder of the
 * {@value #LEASE} lease ({@link WorkerLeases}) verifies.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChainWatch {

    private static final Logger LOG = Logger.getLogger(ChainWatch.class.getName());
    static final String LEASE = "audit-chain";

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    ChainVerification verification;
    @Inject
    WorkerLeases leases;
    @Inject
    @ConfigProperty(name = "portcullis.audit.verify.interval.minutes", defaultValue = "60")
    long intervalMinutes;

    private ScheduledFuture<?> task;

    @PostConstruct
    void schedule() {
        if (intervalMinutes > 0) {
            task = scheduler.scheduleWithFixedDelay(this::runSafely, intervalMinutes, intervalMinutes,
                    TimeUnit.MINUTES);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
        leases.release(LEASE);
    }

    private void runSafely() {
        try {
            if (leases.holds(LEASE)) {
                verification.run(AuditTrail.SYSTEM);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Audit chain verification could not run; it runs again in " + intervalMinutes
                    + " min", e);
        }
    }
}
