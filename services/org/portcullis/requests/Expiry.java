package org.portcullis.requests;

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
import org.portcullis.core.model.ClusterAccessGrantSpec;
import org.portcullis.core.model.RoleAssignmentSpec;
import org.portcullis.core.model.ServicePermissionSpec;
import org.portcullis.platform.WorkerLeases;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Revokes time-bound grants when they expire. Each revocation is a request applied by "system" — visible in the
 * history like any other change, and a failure of one does not hold up the others. With several portals on one
 * database only the holder of the {@value #LEASE} lease ({@link WorkerLeases}) revokes.
 */
@Singleton
@Startup
@DependsOn("Bootstrap")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Expiry {

    private static final Logger LOG = Logger.getLogger(Expiry.class.getName());
    static final String LEASE = "expiry";

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    InventoryChanges inventory;
    @Inject
    ChangeRequests requests;
    @Inject
    Clock clock;
    @Inject
    WorkerLeases leases;
    @Inject
    @ConfigProperty(name = "portcullis.expiry.interval.seconds", defaultValue = "60")
    long intervalSeconds;

    private ScheduledFuture<?> task;

    @PostConstruct
    void schedule() {
        task = scheduler.scheduleWithFixedDelay(this::runSafely, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
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
                revokeExpired();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Expiry run failed; it runs again in " + intervalSeconds + " s", e);
        }
    }

    /** Revokes everything due now; returns how many grants were revoked. */
    public int revokeExpired() {
        var now = clock.instant();
        var due = inventory.dueAt(now);
        int revoked = 0;
        for (Object spec : due) {
            try {
                requests.applyAsSystem("Expire " + ItemDraft.kindOf(spec).label().toLowerCase() + " "
                        + ItemDraft.keyOf(spec), "Expired at " + DateTimeFormatter.ISO_INSTANT.format(expiresAt(spec)),
                        List.of(ItemDraft.delete(spec)));
                revoked++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not revoke expired " + ItemDraft.keyOf(spec), e);
            }
        }
        return revoked;
    }

    private static java.time.Instant expiresAt(Object spec) {
        return switch (spec) {
            case RoleAssignmentSpec s -> s.expiresAt();
            case ServicePermissionSpec s -> s.expiresAt();
            case ClusterAccessGrantSpec s -> s.expiresAt();
            default -> throw new IllegalArgumentException(spec.getClass().getName());
        };
    }
}
