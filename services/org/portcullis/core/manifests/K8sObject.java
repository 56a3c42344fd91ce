package org.portcullis.core.manifests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One Kubernetes object as plain values, before it becomes YAML. {@code body} is the whole object (apiVersion, kind,
 * metadata, then the kind's content) as nested maps and lists in canonical key order: structural keys in the order
 * the generators put them (a LinkedHashMap), free-form maps such as labels and annotations sorted by key (a
 * TreeMap). The body is deep-copied and unmodifiable, so a writer that keeps insertion order produces stable bytes.
 */
public record K8sObject(String apiVersion, String kind, String namespace, String name, Map<String, Object> body)
        implements Comparable<K8sObject> {

    /** Objects sort by namespace, then kind, then name: the order of a bundle. */
    public static final Comparator<K8sObject> ORDER = Comparator.comparing(K8sObject::namespace)
            .thenComparing(K8sObject::kind)
            .thenComparing(K8sObject::name);

    public K8sObject {
        body = deepCopy(body);
    }

    /** Builds the body as {@code apiVersion, kind, metadata, <content...>}. */
    static K8sObject of(String apiVersion, String kind, Map<String, Object> metadata, Map<String, Object> content) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("apiVersion", apiVersion);
        body.put("kind", kind);
        body.put("metadata", metadata);
        body.putAll(content);
        return new K8sObject(apiVersion, kind, (String) metadata.get("namespace"), (String) metadata.get("name"), body);
    }

    /** The same identity as {@link Manifest#key()}: {@code kind/namespace/name}. */
    public String key() {
        return kind + "/" + namespace + "/" + name;
    }

    @Override
    public int compareTo(K8sObject other) {
        return ORDER.compare(this, other);
    }

    @SuppressWarnings("unchecked")
    private static <T> T deepCopy(T value) {
        if (value instanceof SortedMap<?, ?> sorted) {
            SortedMap<Object, Object> copy = new TreeMap<>();
            sorted.forEach((k, v) -> copy.put(k, deepCopy(v)));
            return (T) Collections.unmodifiableSortedMap(copy);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, deepCopy(v)));
            return (T) Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(deepCopy(v)));
            return (T) Collections.unmodifiableList(copy);
        }
        return value;
    }
}
