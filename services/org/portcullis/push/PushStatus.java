package org.portcullis.push;

import java.time.Instant;
import java.util.List;

/**
 * What the push status page shows.
 *
 * @param disabledReason why nothing is pushed, or null when a target is configured
 * @param git            the Git target, redacted (no credentials)
 * @param cluster        the cluster target
 */
public record PushStatus(String disabledReason, String git, String cluster, List<Queued> queue, List<Run> runs) {

    public PushStatus {
        queue = List.copyOf(queue);
        runs = List.copyOf(runs);
    }

    /** Open push work: {@code request} null for a push asked for by hand. */
    public record Queued(Long request, String requestedBy, Instant createdAt, String state, int attempts,
                         Instant nextAttemptAt, String lastError) {
    }

    /** One delivery to one target. */
    public record Run(String target, String destination, String status, String requests, String commitId, int added,
                      int changed, int removed, String error, Instant startedAt, Instant finishedAt) {
        public boolean isRunning() {
            return "RUNNING".equals(status);
        }
    }

    public boolean isEnabled() {
        return disabledReason == null;
    }

    public boolean isPushing() {
        return runs.stream().anyMatch(Run::isRunning);
    }
}
