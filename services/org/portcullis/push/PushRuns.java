package org.portcullis.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.portcullis.audit.AuditActions;
import org.portcullis.audit.AuditTrail;
import org.portcullis.core.model.RoleSpec;
import org.portcullis.persistence.push.PushRun;
import org.portcullis.persistence.push.PushWork;
import org.portcullis.platform.DomainException;
import org.portcullis.security.CurrentUser;
import org.portcullis.security.PortalRoles;

import java.util.Optional;

/** The push status for people: target, queue and recent runs; and "push now" for security admins. */
@ApplicationScoped
@Transactional
public class PushRuns {

    public static final int RECENT_RUNS = 50;

    @PersistenceContext(unitName = "portcullis")
    EntityManager em;
    @Inject
    PushSettings settings;
    @Inject
    PushOutbox outbox;
    @Inject
    PortalRoles portalRoles;
    @Inject
    CurrentUser currentUser;
    @Inject
    AuditTrail audit;

    public PushStatus status() {
        portalRoles.requireAny(RoleSpec.SECURITY_ADMIN, RoleSpec.AUDITOR);
        var queue = em.createNamedQuery(PushWork.OPEN, PushWork.class).setParameter("done", PushWork.State.DONE)
                .getResultList().stream()
                .map(w -> new PushStatus.Queued(w.getRequestId(), w.getRequestedBy(), w.getCreatedAt(),
                        w.getState().name(), w.getAttempts(), w.getNextAttemptAt(), w.getLastError()))
                .toList();
        var runs = em.createNamedQuery(PushRun.RECENT, PushRun.class).setMaxResults(RECENT_RUNS).getResultList()
                .stream().map(PushRuns::row).toList();
        return new PushStatus(settings.disabledReason(), settings.describeGit(), settings.describeCluster(), queue, runs);
    }

    /** The newest run, for everyone signed in (the manifests page shows it). */
    public Optional<PushStatus.Run> latest() {
        currentUser.require();
        return em.createNamedQuery(PushRun.RECENT, PushRun.class).setMaxResults(1).getResultList().stream()
                .map(PushRuns::row).findFirst();
    }

    /** Whether the signed-in person may ask for a push now (security admins). */
    public boolean mayPushNow() {
        return portalRoles.currentIsSecurityAdmin();
    }

    public boolean isEnabled() {
        return settings.isEnabled();
    }

    /** Queues a push of the current bundle; the worker picks it up within seconds. */
    public void pushNow() {
        var admin = portalRoles.require(RoleSpec.SECURITY_ADMIN);
        if (!settings.isEnabled()) {
            throw new DomainException(settings.disabledReason());
        }
        outbox.enqueueByHand(admin);
        audit.record(AuditTrail.Event.of(admin, AuditActions.PUSH_REQUESTED).about("push", "git"));
    }

    private static PushStatus.Run row(PushRun r) {
        return new PushStatus.Run(r.getTarget().name().toLowerCase(), r.getDestination(), r.getStatus().name(),
                r.getRequests(), r.getCommitId(), r.getAdded(), r.getChanged(), r.getRemoved(), r.getError(),
                r.getStartedAt(), r.getFinishedAt());
    }
}
