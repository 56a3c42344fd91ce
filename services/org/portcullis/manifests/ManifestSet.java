package org.portcullis.manifests;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.portcullis.core.manifests.Manifest;

/**
 * The whole compiled bundle of one approved model, with its validation problems. A bundle with problems is never
 * pushed.
 *
 * @param fingerprint which approved model it was compiled from (see {@link CurrentBundle})
 * @param took        compile + YAML + validation
 */
public record ManifestSet(String fingerprint, Instant compiledAt, List<Manifest> manifests,
                          List<ManifestProblem> problems, Duration took) {

    public ManifestSet {
        manifests = List.copyOf(manifests);
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public SortedSet<String> namespaces() {
        var namespaces = new TreeSet<String>();
        manifests.forEach(m -> namespaces.add(m.namespace()));
        return namespaces;
    }

    public List<Manifest> inNamespace(String namespace) {
        return manifests.stream().filter(m -> m.namespace().equals(namespace)).toList();
    }

    public List<ManifestProblem> problemsOf(Manifest manifest) {
        return problems.stream().filter(p -> p.objectKey().equals(manifest.key())).toList();
    }
}
