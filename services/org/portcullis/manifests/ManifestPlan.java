package org.portcullis.manifests;

import java.time.Duration;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.portcullis.core.manifests.ManifestDiff;

/**
 * What approving a request would do to the manifests: objects added, changed (with unified diffs) and removed, and
 * the validation problems of the new or changed objects (a request whose manifests are invalid would not be pushed).
 *
 * @param unavailable why there is no plan (e.g. the request is no longer pending), or null
 * @param namespaces  the namespaces that were recompiled
 * @param took        how long the plan took (without loading the approved model, which is cached)
 */
public record ManifestPlan(long requestId, String unavailable, ManifestDiff diff, List<ManifestProblem> problems,
                           SortedSet<String> namespaces, Duration took) {

    public ManifestPlan {
        problems = List.copyOf(problems);
        namespaces = new TreeSet<>(namespaces);
    }

    static ManifestPlan unavailable(long requestId, String reason) {
        return new ManifestPlan(requestId, reason, new ManifestDiff(List.of(), List.of(), List.of()), List.of(),
                new TreeSet<>(), Duration.ZERO);
    }

    public boolean isAvailable() {
        return unavailable == null;
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
