package org.portcullis.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

import org.portcullis.persistence.TestDatabase;
import org.portcullis.testing.Facades;

/** {@link WorkerLeases} of one "portal" (its own holder id) wired by hand to a test database, outside the container. */
public final class TestLeases {

    private TestLeases() {
    }

    public static WorkerLeases portal(TestDatabase db, Clock clock, long leaseSeconds) {
        var leases = new WorkerLeases();
        Facades.inject(leases, "rows", new TransactedRows(db));
        Facades.inject(leases, "clock", clock);
        Facades.inject(leases, "leaseSeconds", leaseSeconds);
        return leases;
    }

    /** What the container's REQUIRES_NEW does around each statement: a fresh EntityManager and transaction. */
    private static final class TransactedRows extends LeaseRows {
        private final TestDatabase db;

        TransactedRows(TestDatabase db) {
            this.db = db;
        }

        @Override
        public boolean renew(String name, String holder, Instant until) {
            return inTransaction(() -> super.renew(name, holder, until));
        }

        @Override
        public boolean takeOver(String name, String holder, Instant now, Instant until) {
            return inTransaction(() -> super.takeOver(name, holder, now, until));
        }

        @Override
        public void insert(String name, String holder, Instant until) {
            inTransaction(() -> {
                super.insert(name, holder, until);
                return null;
            });
        }

        @Override
        public boolean release(String name, String holder) {
            return inTransaction(() -> super.release(name, holder));
        }

        @Override
        public boolean exists(String name) {
            return inTransaction(() -> super.exists(name));
        }

        private synchronized <T> T inTransaction(Supplier<T> statement) {
            em = db.entityManager();
            try {
                em.getTransaction().begin();
                T result = statement.get();
                em.getTransaction().commit();
                return result;
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        }
    }
}
