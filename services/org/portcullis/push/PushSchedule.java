package org.portcullis.push;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * When to push, as pure functions of the open work and the time (the worker passes its clock's instant).
 * <ul>
 * <li>Coalescing: a push always delivers the whole current bundle, so when any open work is due, all open work goes
 *     in the same push (later rows are covered by it too).</li>
 * <li>Backoff: after a failure every row of the batch waits {@code first × 2^(failures-1)}, at most {@code cap};
 *     failures count from the most-tried row of the batch, so new work joining a failing batch does not reset it.
 *     New work is due at once: a fresh approval (or "push now") is worth one early try.</li>
 * </ul>
 */
public record PushSchedule(Duration firstRetry, Duration cap) {

    /** One open work row as the schedule sees it. */
    public record Work(UUID id, int attempts, Instant nextAttemptAt) {
    }

    /** What a failed batch becomes: its failure count and when it is due again. */
    public record Retry(int attempts, Instant at) {
    }

    public PushSchedule {
        Objects.requireNonNull(firstRetry, "firstRetry");
        Objects.requireNonNull(cap, "cap");
        if (firstRetry.isNegative() || firstRetry.isZero() || cap.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("need 0 < firstRetry <= cap");
        }
    }

    /** The ids to deliver now: all open work when any of it is due, otherwise none. */
    public List<UUID> due(List<Work> open, Instant now) {
        boolean anyDue = open.stream().anyMatch(work -> !work.nextAttemptAt().isAfter(now));
        return anyDue ? open.stream().map(Work::id).toList() : List.of();
    }

    /** How long to wait after the {@code failures}-th failure in a row. */
    public Duration delay(int failures) {
        if (failures < 1) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - 1, 30);
        Duration delay = firstRetry.multipliedBy(1L << doublings);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    public Retry afterFailure(List<Work> batch, Instant now) {
        int failures = batch.stream().mapToInt(Work::attempts).max().orElse(0) + 1;
        return new Retry(failures, now.plus(delay(failures)));
    }
}
