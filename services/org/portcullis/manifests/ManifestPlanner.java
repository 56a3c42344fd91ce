package org.portcullis.manifests;

import org.portcullis.core.manifests.CompilerOptions;
import org.portcullis.core.manifests.Manifest;
import org.portcullis.core.manifests.ManifestDiff;
import org.portcullis.core.manifests.PlanScope;
import org.portcullis.core.model.PolicyModel;
import org.portcullis.core.requests.ModelEdits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The manifest plan of a set of edits against the approved model: applies them to the slice of the model the
 * affected namespaces are compiled from, compiles those namespaces before and after ({@link PlanScope}), diffs, and validates what would leave (added and changed objects;
 * unchanged ones were validated with the approved bundle). Stateless; thread-safe when its writer and validator are.
 */
public final class ManifestPlanner {

    private final ManifestWriter writer;
    private final ManifestValidator validator;

    public ManifestPlanner(ManifestWriter writer, ManifestValidator validator) {
        this.writer = writer;
        this.validator = validator;
    }

    public ManifestPlan plan(long requestId, PolicyModel approved, List<ModelEdits.Edit> edits,
                             CompilerOptions options) {
        long start = System.nanoTime();
        var touched = new ArrayList<>();
        edits.forEach(edit -> {
            touched.add(edit.before());
            touched.add(edit.after());
        });
        Set<String> namespaces = Set.of();
        try {
            namespaces = PlanScope.affectedNamespaces(approved, touched);
            var base = PlanScope.slice(approved, namespaces, touched);
            var proposed = ModelEdits.apply(base, edits, requestId);
            var before = writer.writeAll(PlanScope.compile(base, namespaces, options));
            var after = writer.writeAll(PlanScope.compile(proposed, namespaces, options));
            var diff = ManifestDiff.between(before, after);
            var leaving = new ArrayList<Manifest>(diff.added());
            diff.changed().forEach(change -> leaving.add(change.after()));
            return new ManifestPlan(requestId, null, diff, validator.validateAll(leaving), new TreeSet<>(namespaces),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (IllegalArgumentException e) {
            return new ManifestPlan(requestId, null, new ManifestDiff(List.of(), List.of(), List.of()),
                    List.of(new ManifestProblem("model", "$", "cannot compile: " + e.getMessage())),
                    new TreeSet<>(namespaces), Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
