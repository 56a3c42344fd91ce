package org.portcullis.core.manifests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a change does to the manifests: objects added, changed (with a unified diff of their YAML) and removed, each
 * list sorted by {@link Manifest#path()}. This is what an approver sees for a change request.
 */
public record ManifestDiff(List<Manifest> added, List<Change> changed, List<Manifest> removed) {

    /** An object present before and after whose YAML differs. */
    public record Change(Manifest before, Manifest after, String unifiedDiff) {
    }

    public ManifestDiff {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    public static ManifestDiff between(List<Manifest> before, List<Manifest> after) {
        Map<String, Manifest> old = byPath(before);
        Map<String, Manifest> current = byPath(after);
        List<Manifest> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        List<Manifest> removed = new ArrayList<>();
        current.forEach((path, manifest) -> {
            Manifest previous = old.get(path);
            if (previous == null) {
                added.add(manifest);
            } else if (!previous.yaml().equals(manifest.yaml())) {
                changed.add(new Change(previous, manifest, LineDiff.unified(previous.yaml(), manifest.yaml(),
                        "a/" + path, "b/" + path, LineDiff.DEFAULT_CONTEXT)));
            }
        });
        old.forEach((path, manifest) -> {
            if (!current.containsKey(path)) {
                removed.add(manifest);
            }
        });
        return new ManifestDiff(added, changed, removed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }

    private static Map<String, Manifest> byPath(List<Manifest> manifests) {
        return manifests.stream().collect(Collectors.toMap(Manifest::path, Function.identity(), (a, b) -> {
            throw new IllegalArgumentException("two manifests at " + a.path());
        }, TreeMap::new));
    }
}
