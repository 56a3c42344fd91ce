package org.portcullis.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.portcullis.persistence.TestDatabase;
import org.portcullis.persistence.push.PushWork;
import org.portcullis.platform.TestLeases;
import org.portcullis.platform.WorkerLeases;
import org.portcullis.testing.MutableClock;

/**
 * Two portals on one database: portal A has claimed push work and is pushing it; portal B's push worker must leave
 * that claim alone while A holds the lease, and requeue it once A stopped (lease run out or released).
 */
class PushWorkerLeaseTest {

    private static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");
    private static final long LEASE_SECONDS = 30;

    private static TestDatabase db;

    private final MutableClock clock = new MutableClock(T0);
    private final WorkerLeases portalA = TestLeases.portal(db, clock, LEASE_SECONDS);
    private PushWorker workerB;
    private UUID claimedByA;

    /** At {@code second}: A renews its lease, A releases it, or B's worker runs a round and A's claim is then in {@code state}. */
    record Step(long second, String action, PushWork.State state) {
        @Override
        public String toString() {
            return second + "s " + action + (state == null ? "" : " -> " + state);
        }
    }

    static Step renewA(long second) {
        return new Step(second, "A renews", null);
    }

    static Step releaseA(long second) {
        return new Step(second, "A releases", null);
    }

    static Step roundB(long second, PushWork.State state) {
        return new Step(second, "B round", state);
    }

    static Stream<Arguments> scenarios() {
        var running = PushWork.State.RUNNING;
        var pending = PushWork.State.PENDING;
        return Stream.of(
                Arguments.of("B leaves the claim of a live A alone", List.of(
                        roundB(1, running), renewA(25), roundB(50, running), renewA(50), roundB(79, running))),
                Arguments.of("B requeues the claim once A's lease ran out", List.of(
                        roundB(10, running), roundB(30, running), roundB(31, pending))),
                Arguments.of("B requeues the claim at once after A released", List.of(
                        roundB(1, running), releaseA(2), roundB(3, pending))));
    }

    @BeforeAll
    static void database() {
        db = TestDatabase.fresh();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void portalAIsPushing() {
        db.run(em -> {
            em.createNativeQuery("DELETE FROM push_work").executeUpdate();
            em.createNativeQuery("DELETE FROM worker_lease").executeUpdate();
        });
        assertThat(portalA.hold(PushWorker.LEASE)).isEqualTo(WorkerLeases.Hold.ACQUIRED);
        claimedByA = db.inTransaction(em -> {
            var work = new PushWork(null, "alice", T0); // a push asked for by hand
            work.claim();
            em.persist(work);
            return work.getId();
        });
        workerB = portalB();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void shouldReleaseInterruptedClaimsOnlyOnTakingTheLeaseOver(String scenario, List<Step> steps) {
        for (var step : steps) {
            clock.set(T0.plusSeconds(step.second()));
            switch (step.action()) {
                case "A renews" -> assertThat(portalA.hold(PushWorker.LEASE)).isEqualTo(WorkerLeases.Hold.RENEWED);
                case "A releases" -> portalA.release(PushWorker.LEASE);
                default -> {
                    workerB.round();
                    assertThat(state(claimedByA)).as(step.toString()).isEqualTo(step.state());
                }
            }
        }
    }

    private PushWork.State state(UUID work) {
        return db.inTransaction(em -> em.find(PushWork.class, work).getState());
    }

    /** B's worker with push disabled: a round requeues what it may, and claims nothing itself. */
    private PushWorker portalB() {
        var settings = new PushSettings();
        settings.firstRetrySeconds = 5;
        settings.maxRetrySeconds = 300;
        var delivery = new TransactedDelivery();
        delivery.settings = settings;
        delivery.clock = clock;
        var worker = new PushWorker();
        worker.settings = settings;
        worker.delivery = delivery;
        worker.leases = TestLeases.portal(db, clock, LEASE_SECONDS);
        return worker;
    }

    /** What the container's REQUIRES_NEW does around each call: a fresh EntityManager and transaction. */
    private static final class TransactedDelivery extends PushDelivery {
        @Override
        public Optional<Claim> claimDue() {
            return inTransaction(super::claimDue);
        }

        @Override
        public int releaseInterrupted() {
            return inTransaction(super::releaseInterrupted);
        }

        private <T> T inTransaction(Supplier<T> work) {
            return db.inTransaction(em -> {
                this.em = em;
                return work.get();
            });
        }
    }
}
