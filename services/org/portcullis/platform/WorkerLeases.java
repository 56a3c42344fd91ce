package org.portcullis.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Leases that let several portals share one database: each background worker runs its rounds only on the portal that
 * holds its lease ({@code portcullis.worker.lease-seconds}, default 30; environment
 * {@code PORTCULLIS_WORKER_LEASE_SECONDS}). A worker asks {@link #hold} at the start of every round, which renews the
 * lease; when the holder stops renewing (crash) another portal takes over once the lease has run out, and at once
 * after an orderly shutdown, which releases it. A round must not take longer than the lease, or a second portal may
 * start the same work.
 */
@ApplicationScoped
public class WorkerLeases {

    /** How a portal stands with a worker's lease after {@link #hold}. */
    public enum Hold {
        /** Newly taken: the previous holder (if any) stopped, so work it had claimed is orphaned and may be released. */
        ACQUIRED,
        /** Held since the last round, and extended. */
        RENEWED,
        /** Another portal holds it: skip the round. */
        ELSEWHERE;

        public boolean held() {
            return this != ELSEWHERE;
        }
    }

    private static final Logger LOG = Logger.getLogger(WorkerLeases.class.getName());

    @Inject
    LeaseRows rows;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "portcullis.worker.lease-seconds", defaultValue = "30")
    long leaseSeconds;

    private final String holder = UUID.randomUUID() + "@" + hostName();
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    /** This portal's id in the lease table: unique per process, with the host name for people reading it. */
    public String holder() {
        return holder;
    }

    /** Whether this portal runs {@code worker}'s round now: takes or renews its lease. */
    public boolean holds(String worker) {
        return hold(worker).held();
    }

    /**
     * Takes or renews {@code worker}'s lease, each step atomic in its own transaction. Synchronized so that two rounds
     * of one portal (sync poll and drift check) do not race each other into a wrong {@link Hold#ELSEWHERE}.
     */
    public synchronized Hold hold(String worker) {
        var now = clock.instant();
        var until = now.plus(Duration.ofSeconds(leaseSeconds));
        Hold hold;
        if (rows.renew(worker, holder, until)) {
            hold = Hold.RENEWED;
        } else if (rows.takeOver(worker, holder, now, until) || inserted(worker, until)) {
            hold = Hold.ACQUIRED;
            LOG.info(() -> "This portal (" + holder + ") now runs the " + worker + " worker");
        } else {
            hold = Hold.ELSEWHERE;
        }
        if (hold.held()) {
            held.add(worker);
        } else if (held.remove(worker)) {
            LOG.warning(() -> "Lost the " + worker + " lease to another portal (a round outlasted "
                    + leaseSeconds + " s?)");
        }
        return hold;
    }

    /**
     * Gives {@code worker}'s lease up, so that another portal takes over at once; a no-op unless held here. Each worker
     * calls it from its own {@code @PreDestroy} once its round has stopped: releasing earlier would let another portal
     * release the claims of a round still running here.
     */
    public synchronized void release(String worker) {
        if (held.remove(worker)) {
            try {
                rows.release(worker, holder);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not release the " + worker + " lease; it runs out by itself", e);
            }
        }
    }

    private boolean inserted(String worker, java.time.Instant until) {
        try {
            rows.insert(worker, holder, until);
            return true;
        } catch (RuntimeException e) {
            if (rows.exists(worker)) {
                return false; // another portal inserted it between our update and insert
            }
            throw e;
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
