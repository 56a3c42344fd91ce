package org.portcullis.core.audit;

import org.portcullis.core.model.NamespaceSpec;
import org.portcullis.core.model.WorkloadSpec;
import org.portcullis.core.requests.ObjectKind;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the authorization policies protecting a workload were enforced at time D. "Who could call X" lists the
 * approved permissions; when X's namespace was in Istio dry-run at D, its policies were only logged, so any caller in
 * the mesh could reach X and the list is not the whole truth. Replays the workload's own changes (its namespace at D)
 * and the namespace settings, in sequence order, up to D.
 */
public final class EnforcementAtTime {

    /** X's namespace was in dry-run at D: since when (continuously), and through which request. */
    public record DryRun(String namespace, Instant since, Long requestId) {
    }

    private final String workload;
    private final Instant at;
    private String namespace;
    private final Map<String, DryRun> dryRuns = new HashMap<>();

    private EnforcementAtTime(String workload, Instant at) {
        this.workload = Objects.requireNonNull(workload, "workload");
        this.at = Objects.requireNonNull(at, "at");
    }

    public static Optional<DryRun> replay(String workload, Instant at, Iterable<AccessAtTime.Change> changes) {
        var replay = new EnforcementAtTime(workload, at);
        changes.forEach(replay::accept);
        return replay.answer();
    }

    private void accept(AccessAtTime.Change change) {
        if (change.at().isAfter(at)) {
            return;
        }
        var deleted = AccessAtTime.DELETED.equals(change.action());
        if (change.kind() == ObjectKind.WORKLOAD) {
            if (deleted && change.before() instanceof WorkloadSpec w && w.name().equals(workload)) {
                namespace = null;
            } else if (change.after() instanceof WorkloadSpec w && w.name().equals(workload)) {
                namespace = w.namespace();
            }
        } else if (change.kind() == ObjectKind.NAMESPACE) {
            if (deleted && change.before() instanceof NamespaceSpec n) {
                dryRuns.remove(n.name());
            } else if (change.after() instanceof NamespaceSpec n) {
                if (!n.dryRun()) {
                    dryRuns.remove(n.name());
                } else if (!dryRuns.containsKey(n.name())) {
                    dryRuns.put(n.name(), new DryRun(n.name(), change.at(), change.requestId()));
                }
            }
        }
    }

    private Optional<DryRun> answer() {
        return namespace == null ? Optional.empty() : Optional.ofNullable(dryRuns.get(namespace));
    }
}
