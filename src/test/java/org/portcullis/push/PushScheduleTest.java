package org.portcullis.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PushScheduleTest {

    private static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");
    private static final PushSchedule SCHEDULE = new PushSchedule(Duration.ofSeconds(5), Duration.ofMinutes(5));

    static Stream<Arguments> delays() {
        return Stream.of(Arguments.of(0, 0), Arguments.of(1, 5), Arguments.of(2, 10), Arguments.of(3, 20),
                Arguments.of(6, 160), Arguments.of(7, 300), Arguments.of(8, 300), Arguments.of(1000, 300));
    }

    @ParameterizedTest(name = "after {0} failures wait {1} s")
    @MethodSource("delays")
    void shouldBackOffExponentiallyUpToTheCap(int failures, long seconds) {
        assertThat(SCHEDULE.delay(failures)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void shouldTakeAllOpenWorkWhenAnyIsDue() {
        var waiting = work(3, T0.plusSeconds(60));
        var fresh = work(0, T0);
        assertThat(SCHEDULE.due(List.of(waiting, fresh), T0)).containsExactly(waiting.id(), fresh.id());
    }

    @Test
    void shouldTakeNothingWhileAllWorkWaitsForItsRetry() {
        assertThat(SCHEDULE.due(List.of(work(2, T0.plusSeconds(10)), work(1, T0.plusSeconds(1))), T0)).isEmpty();
        assertThat(SCHEDULE.due(List.of(), T0)).isEmpty();
    }

    @Test
    void shouldCountFailuresFromTheMostTriedWorkOfTheBatch() {
        var retry = SCHEDULE.afterFailure(List.of(work(0, T0), work(3, T0)), T0);
        assertThat(retry.attempts()).isEqualTo(4);
        assertThat(retry.at()).isEqualTo(T0.plusSeconds(40));
    }

    @Test
    void shouldRetryARemoteThatStaysDownLessAndLessOftenUntilTheCap() {
        var clock = new MutableClock(T0);
        var row = work(0, T0);
        int pushes = 0;
        for (int second = 0; second < 3600; second++) {
            if (!SCHEDULE.due(List.of(row), clock.instant()).isEmpty()) {
                pushes++;
                var retry = SCHEDULE.afterFailure(List.of(row), clock.instant());
                row = new PushSchedule.Work(row.id(), retry.attempts(), retry.at());
            }
            clock.advance(Duration.ofSeconds(1));
        }
        // tries at 0, 5, 15, 35, 75, 155, 315 s, then every 300 s (615 ... 3315): 7 + 10
        assertThat(pushes).isEqualTo(17);
        assertThat(SCHEDULE.delay(row.attempts())).isEqualTo(Duration.ofMinutes(5));
    }

    private static PushSchedule.Work work(int attempts, Instant next) {
        return new PushSchedule.Work(UUID.randomUUID(), attempts, next);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
