package org.portcullis.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.platform.WorkerLeases.Hold.ACQUIRED;
import static org.portcullis.platform.WorkerLeases.Hold.ELSEWHERE;
import static org.portcullis.platform.WorkerLeases.Hold.RENEWED;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.portcullis.persistence.TestDatabase;
import org.portcullis.platform.WorkerLeases.Hold;
import org.portcullis.testing.MutableClock;

/** Two portals (two WorkerLeases with their own holder ids) on one real H2 database, with a clock the test moves. */
class WorkerLeasesTest {

    private static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");
    private static final long LEASE_SECONDS = 30;

    private static TestDatabase db;

    @BeforeAll
    static void database() {
        db = TestDatabase.fresh();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    /** One line of a scenario: at {@code second}, portal A or B holds (or releases) the lease and gets {@code expected}. */
    record Step(long second, char portal, String action, Hold expected) {
        @Override
        public String toString() {
            return second + "s " + portal + " " + action + (expected == null ? "" : " -> " + expected);
        }
    }

    static Step hold(long second, char portal, Hold expected) {
        return new Step(second, portal, "hold", expected);
    }

    static Step release(long second, char portal) {
        return new Step(second, portal, "release", null);
    }

    static Stream<Arguments> scenarios() {
        return Stream.of(
                Arguments.of("the first portal acquires, the other stays out", List.of(
                        hold(0, 'A', ACQUIRED), hold(0, 'B', ELSEWHERE), hold(1, 'B', ELSEWHERE))),
                Arguments.of("the holder renews each round and keeps the lease", List.of(
                        hold(0, 'A', ACQUIRED), hold(20, 'A', RENEWED), hold(40, 'B', ELSEWHERE),
                        hold(49, 'B', ELSEWHERE), hold(60, 'A', RENEWED), hold(85, 'B', ELSEWHERE))),
                Arguments.of("the other takes over only after the lease ran out", List.of(
                        hold(0, 'A', ACQUIRED), hold(30, 'B', ELSEWHERE), hold(31, 'B', ACQUIRED),
                        hold(32, 'A', ELSEWHERE), hold(40, 'B', RENEWED))),
                Arguments.of("a late holder that was not replaced keeps its lease", List.of(
                        hold(0, 'A', ACQUIRED), hold(100, 'A', RENEWED), hold(101, 'B', ELSEWHERE))),
                Arguments.of("release hands over at once", List.of(
                        hold(0, 'A', ACQUIRED), release(5, 'A'), hold(5, 'B', ACQUIRED), hold(6, 'A', ELSEWHERE),
                        hold(7, 'B', RENEWED))),
                Arguments.of("release by a portal that does not hold it changes nothing", List.of(
                        hold(0, 'A', ACQUIRED), hold(1, 'B', ELSEWHERE), release(2, 'B'), hold(3, 'B', ELSEWHERE),
                        hold(4, 'A', RENEWED))),
                Arguments.of("a portal that released and was not replaced holds on, nothing was orphaned", List.of(
                        hold(0, 'A', ACQUIRED), release(1, 'A'), hold(2, 'A', RENEWED), hold(3, 'B', ELSEWHERE))),
                Arguments.of("a restarted portal is a new holder: it acquires once its old lease ran out", List.of(
                        hold(0, 'A', ACQUIRED), hold(10, 'B', ELSEWHERE), hold(41, 'B', ACQUIRED))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void shouldLetOnePortalAtATimeHoldALease(String scenario, List<Step> steps) {
        var clock = new MutableClock(T0);
        var a = portal(clock);
        var b = portal(clock);
        String worker = "worker-" + Math.abs(scenario.hashCode());
        for (var step : steps) {
            clock.set(T0.plusSeconds(step.second()));
            var portal = step.portal() == 'A' ? a : b;
            if (step.action().equals("release")) {
                portal.release(worker);
            } else {
                assertThat(portal.hold(worker)).as(step.toString()).isEqualTo(step.expected());
            }
        }
    }

    @Test
    void shouldKeepLeasesOfDifferentWorkersApart() {
        var clock = new MutableClock(T0);
        var a = portal(clock);
        var b = portal(clock);
        assertThat(a.holds("apart-push")).isTrue();
        assertThat(b.holds("apart-sync")).isTrue();
        assertThat(a.holds("apart-sync")).isFalse();
        assertThat(b.holds("apart-push")).isFalse();
    }

    @Test
    void shouldGiveExactlyOneOfTwoRacingPortalsTheLease() throws Exception {
        var clock = new MutableClock(T0);
        var a = portal(clock);
        var b = portal(clock);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                String worker = "race-" + round;
                // first race on the insert of a new lease, then on taking over the expired one
                assertThat(race(threads, a, b, worker)).as("insert race " + round).containsExactlyInAnyOrder(ACQUIRED, ELSEWHERE);
                clock.set(T0.plusSeconds(LEASE_SECONDS + 1));
                var takeOver = race(threads, portal(clock), portal(clock), worker);
                assertThat(takeOver).as("take-over race " + round).containsExactlyInAnyOrder(ACQUIRED, ELSEWHERE);
                clock.set(T0);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<Hold> race(ExecutorService threads, WorkerLeases a, WorkerLeases b, String worker)
            throws Exception {
        var start = new CyclicBarrier(2);
        var results = new ArrayList<Hold>();
        var futures = new ArrayList<Future<Hold>>();
        for (var portal : List.of(a, b)) {
            Callable<Hold> hold = () -> {
                start.await();
                return portal.hold(worker);
            };
            futures.add(threads.submit(hold));
        }
        for (var future : futures) {
            results.add(future.get());
        }
        return results;
    }

    private static WorkerLeases portal(Clock clock) {
        return TestLeases.portal(db, clock, LEASE_SECONDS);
    }
}
