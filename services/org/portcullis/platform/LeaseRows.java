package org.portcullis.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The worker_lease statements, each a single atomic statement in a transaction of its own: a lease must never ride
 * along in (and roll back with) a caller's transaction, and a failed insert must not spoil the next statement.
 * Instants are bound as UTC {@link OffsetDateTime}, which the H2 and PostgreSQL drivers both take natively.
 */
@ApplicationScoped
class LeaseRows {

    @PersistenceContext(unitName = "portcullis")
    EntityManager em;

    /** Extends the lease if {@code holder} holds it (also when it has run out: no one took it since). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean renew(String name, String holder, Instant until) {
        return em.createNativeQuery("UPDATE worker_lease SET expires_at = ?1, version = version + 1"
                        + " WHERE name = ?2 AND holder = ?3")
                .setParameter(1, utc(until)).setParameter(2, name).setParameter(3, holder).executeUpdate() == 1;
    }

    /** Takes the lease if it ran out before {@code now} (or was released). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean takeOver(String name, String holder, Instant now, Instant until) {
        return em.createNativeQuery("UPDATE worker_lease SET holder = ?1, expires_at = ?2, version = version + 1"
                        + " WHERE name = ?3 AND expires_at < ?4")
                .setParameter(1, holder).setParameter(2, utc(until)).setParameter(3, name).setParameter(4, utc(now))
                .executeUpdate() == 1;
    }

    /** Creates the lease; throws when the row exists (another portal inserted it first). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(String name, String holder, Instant until) {
        em.createNativeQuery("INSERT INTO worker_lease (name, holder, expires_at, version) VALUES (?1, ?2, ?3, 0)")
                .setParameter(1, name).setParameter(2, holder).setParameter(3, utc(until)).executeUpdate();
    }

    /** Lets the lease run out at once, if {@code holder} holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean release(String name, String holder) {
        return em.createNativeQuery("UPDATE worker_lease SET expires_at = ?1, version = version + 1"
                        + " WHERE name = ?2 AND holder = ?3")
                .setParameter(1, utc(Instant.EPOCH)).setParameter(2, name).setParameter(3, holder)
                .executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean exists(String name) {
        return !em.createNativeQuery("SELECT name FROM worker_lease WHERE name = ?1").setParameter(1, name)
                .getResultList().isEmpty();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
