package org.portcullis.persistence.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.portcullis.core.requests.RequestState;

import java.time.Instant;
import java.util.List;

/** The sync outbox, its runs and adoptions. Joins the caller's transaction. */
@ApplicationScoped
public class SyncStore {

    @PersistenceContext(unitName = "portcullis")
    EntityManager em;

    public void add(SyncWork work) {
        em.persist(work);
    }

    public void add(SyncRun run) {
        em.persist(run);
        em.flush();
    }

    public void add(SyncAdoption adoption) {
        em.persist(adoption);
    }

    public List<SyncWork> due(Instant now) {
        return em.createNamedQuery(SyncWork.DUE, SyncWork.class).setParameter("pending", SyncWork.State.PENDING)
                .setParameter("now", now).getResultList();
    }

    public List<SyncWork> pending() {
        return em.createNamedQuery(SyncWork.PENDING, SyncWork.class).setParameter("pending", SyncWork.State.PENDING)
                .getResultList();
    }

    public List<SyncWork> work(List<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("SELECT w FROM SyncWork w WHERE w.id IN :ids", SyncWork.class)
                .setParameter("ids", ids).getResultList();
    }

    public SyncRun run(long id) {
        return em.find(SyncRun.class, id);
    }

    public List<SyncRun> recentRuns(int limit) {
        return em.createQuery("SELECT r FROM SyncRun r ORDER BY r.id DESC", SyncRun.class).setMaxResults(limit)
                .getResultList();
    }

    /** The run started before run {@code id} (null: none). */
    public Long previousRunId(long id) {
        return em.createQuery("SELECT MAX(r.id) FROM SyncRun r WHERE r.id < :id", Long.class).setParameter("id", id)
                .getSingleResult();
    }

    public List<SyncRun> running() {
        return em.createQuery("SELECT r FROM SyncRun r WHERE r.status = :running", SyncRun.class)
                .setParameter("running", SyncRun.Status.RUNNING).getResultList();
    }

    /** Keys the planner may take over: name clashes resolved by hand, and adoptions whose request was applied. */
    public List<String> adoptableKeys() {
        return em.createQuery("SELECT a.objectKey FROM SyncAdoption a WHERE a.requestId IS NULL OR a.requestId IN"
                        + " (SELECT r.id FROM ChangeRequest r WHERE r.state = :applied)", String.class)
                .setParameter("applied", RequestState.APPLIED).getResultList();
    }

    public boolean isAdopting(String key) {
        return em.find(SyncAdoption.class, key) != null;
    }

    /** Drops the adoption waiting for request {@code requestId}: the request ended without being applied. */
    public int removeAdoptionsOf(long requestId) {
        return em.createQuery("DELETE FROM SyncAdoption a WHERE a.requestId = :id").setParameter("id", requestId)
                .executeUpdate();
    }

    /** Drops adoptions whose request ended without being applied (left behind before they were dropped at once). */
    public int removeAbandonedAdoptions() {
        return em.createQuery("DELETE FROM SyncAdoption a WHERE a.requestId IN (SELECT r.id FROM ChangeRequest r"
                        + " WHERE r.state IN :ended)")
                .setParameter("ended", List.of(RequestState.REJECTED, RequestState.WITHDRAWN, RequestState.FAILED))
                .executeUpdate();
    }

    public void removeAdoptions(List<String> keys) {
        if (!keys.isEmpty()) {
            em.createQuery("DELETE FROM SyncAdoption a WHERE a.objectKey IN :keys").setParameter("keys", keys)
                    .executeUpdate();
        }
    }
}
