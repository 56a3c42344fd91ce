package org.portcullis.core.sync;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The ordered writes that turn the current realm into the desired one, and what was left alone. */
public record SyncPlan(List<SyncStep> steps, List<Drift> drift) {

    public static final SyncPlan EMPTY = new SyncPlan(List.of(), List.of());

    public SyncPlan {
        steps = List.copyOf(steps);
        drift = List.copyOf(drift);
    }

    /** Nothing to send (drift may still be reported). */
    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** Steps per action, e.g. {@code {CREATE=3, DELETE=1}}: a one-line summary for logs and the UI. */
    public Map<SyncAction, Long> counts() {
        return steps.stream().collect(Collectors.groupingBy(SyncStep::action, java.util.TreeMap::new,
                Collectors.counting()));
    }
}
