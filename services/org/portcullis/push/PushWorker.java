package org.portcullis.push;

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
import org.portcullis.integrations.git.GitOpsPublisher;
import org.portcullis.integrations.git.PushFailedException;
import org.portcullis.integrations.git.PushResult;
import org.portcullis.integrations.kubernetes.ApplyFailedException;
import org.portcullis.integrations.kubernetes.ClusterApplier;
import org.portcullis.manifests.CurrentBundle;
import org.portcullis.manifests.ManifestSet;
import org.portcullis.platform.WorkerLeases;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Delivers the outbox: every few seconds, if work is due, one push of the whole current bundle to Git (and to the
 * cluster when configured). An invalid bundle is never pushed: the run fails with the validation problems. Failures
 * are retried with backoff ({@link PushSchedule}). With several portals on one database only the holder of the
 * {@value #LEASE} lease ({@link WorkerLeases}) pushes; on taking the lease over it first releases the claims a crash
 * of the previous holder interrupted, so pending work survives restarts and is never delivered by two portals.
 */
@Singleton
@Startup
@DependsOn("Bootstrap")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PushWorker {

    private static final Logger LOG = Logger.getLogger(PushWorker.class.getName());
    private static final int PROBLEMS_IN_ERROR = 10;
    static final String LEASE = "push";

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    PushSettings settings;
    @Inject
    PushDelivery delivery;
    @Inject
    CurrentBundle bundle;
    @Inject
    WorkerLeases leases;

    private final AtomicBoolean running = new AtomicBoolean();
    private ScheduledFuture<?> task;
    private boolean stopped;
    private GitOpsPublisher publisher;
    private ClusterApplier applier;

    @PostConstruct
    void start() {
        if (!settings.isEnabled()) {
            LOG.info(() -> settings.disabledReason());
            return;
        }
        settings.git().ifPresent(target -> {
            publisher = new GitOpsPublisher(target);
            LOG.info(() -> "GitOps push to " + settings.describeGit());
        });
        long every = settings.pollInterval().toMillis();
        task = scheduler.scheduleWithFixedDelay(this::runSafely, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
        synchronized (this) {
            stopped = true;
            if (publisher != null) {
                publisher.close();
            }
            if (applier != null) {
                applier.close();
            }
            leases.release(LEASE); // after the last round: no other portal may release a claim still being pushed
        }
    }

    private void runSafely() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            round();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Push run failed unexpectedly; it is retried", e);
        } finally {
            running.set(false);
        }
    }

    /** One scheduled round, on the lease holder only. */
    synchronized void round() {
        if (!stopped && leading()) {
            deliverDue();
        }
    }

    /** Whether this portal pushes now; on taking the lease over, first requeues what the previous holder left claimed. */
    private boolean leading() {
        var hold = leases.hold(LEASE);
        if (hold == WorkerLeases.Hold.ACQUIRED) {
            int released = delivery.releaseInterrupted();
            if (released > 0) {
                LOG.info(() -> released + " push work items interrupted by a stopped portal are queued again");
            }
        }
        return hold.held();
    }

    /** One round: claim, push, record. Returns whether anything was due. */
    synchronized boolean deliverDue() {
        var claim = delivery.claimDue();
        if (claim.isEmpty()) {
            return false;
        }
        var work = claim.get();
        PushDelivery.Outcome git = null;
        PushDelivery.Outcome cluster = null;
        try {
            ManifestSet manifests = bundle.bundle();
            if (!manifests.isValid()) {
                String reasons = invalid(manifests);
                git = work.gitRun() == null ? null : PushDelivery.Outcome.failed(reasons);
                cluster = work.clusterRun() == null ? null : PushDelivery.Outcome.failed(reasons);
            } else {
                if (work.gitRun() != null) {
                    git = pushToGit(manifests, delivery.commitMessage(work));
                }
                if (work.clusterRun() != null) {
                    cluster = applyToCluster(manifests);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Push failed unexpectedly", e);
            String reason = "unexpected error: " + e.getClass().getSimpleName();
            // a target already delivered keeps its outcome: a cluster failing after the commit was pushed must not
            // record the Git run as failed
            git = work.gitRun() == null ? null : orFailed(git, reason);
            cluster = work.clusterRun() == null ? null : orFailed(cluster, reason);
        }
        delivery.finish(work, git, cluster);
        return true;
    }

    private PushDelivery.Outcome pushToGit(ManifestSet manifests, String message) {
        try {
            PushResult result = publisher.publish(manifests.manifests(), message);
            return new PushDelivery.Outcome(result.status() == PushResult.Status.PUSHED, result.commitId(),
                    result.added().size(), result.changed().size(), result.removed().size(), null);
        } catch (PushFailedException e) {
            LOG.warning(() -> "Git push failed: " + e.getMessage());
            return PushDelivery.Outcome.failed(e.getMessage());
        }
    }

    private PushDelivery.Outcome applyToCluster(ManifestSet manifests) {
        try {
            if (applier == null) {
                applier = ClusterApplier.connect(settings.cluster().orElseThrow());
            }
            var result = applier.apply(manifests.manifests());
            return new PushDelivery.Outcome(!result.isNoOp(), null, result.created().size(), result.replaced().size(),
                    result.deleted().size(), null);
        } catch (ApplyFailedException | IllegalArgumentException e) {
            LOG.warning(() -> "Cluster apply failed: " + e.getMessage());
            return PushDelivery.Outcome.failed(e.getMessage());
        }
    }

    private static PushDelivery.Outcome orFailed(PushDelivery.Outcome outcome, String reason) {
        return outcome != null ? outcome : PushDelivery.Outcome.failed(reason);
    }

    private static String invalid(ManifestSet manifests) {
        var problems = manifests.problems();
        return "not pushed: " + problems.size() + " manifest problem" + (problems.size() == 1 ? "" : "s") + ": "
                + problems.stream().limit(PROBLEMS_IN_ERROR).map(Object::toString).collect(Collectors.joining("; "))
                + (problems.size() > PROBLEMS_IN_ERROR ? "; ..." : "");
    }
}
