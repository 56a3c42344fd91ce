package org.portcullis.core.manifests;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The metadata every compiled object carries: name, namespace, the managed-by label, the origin annotations. */
final class ObjectMeta {

    static final String MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";
    static final String MANAGED_BY = "portcullis";
    static final String CHANGE_REQUESTS_ANNOTATION = "portcullis.io/change-requests";
    static final String DRY_RUN_ANNOTATION = "istio.io/dry-run";

    private ObjectMeta() {
    }

    static Map<String, Object> of(String name, String namespace, SortedSet<Long> changeRequests) {
        return of(name, namespace, changeRequests, false);
    }

    static Map<String, Object> of(String name, String namespace, SortedSet<Long> changeRequests, boolean dryRun) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", name);
        metadata.put("namespace", namespace);
        metadata.put("labels", new TreeMap<>(Map.of(MANAGED_BY_LABEL, MANAGED_BY)));
        TreeMap<String, Object> annotations = new TreeMap<>();
        if (!changeRequests.isEmpty()) {
            annotations.put(CHANGE_REQUESTS_ANNOTATION,
                    changeRequests.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        if (dryRun) {
            annotations.put(DRY_RUN_ANNOTATION, "true");
        }
        if (!annotations.isEmpty()) {
            metadata.put("annotations", annotations);
        }
        return metadata;
    }
}
