package org.portcullis.core.manifests;

/**
 * One Kubernetes object ready to leave the portal: its identity and its YAML text. The YAML is produced by the
 * manifests feature (a YAML library, never string concatenation) and is byte-for-byte deterministic.
 *
 * @param namespace the object's namespace (every object Portcullis writes is namespaced)
 */
public record Manifest(String apiVersion, String kind, String namespace, String name, String yaml) {

    /** Where the object lives in a GitOps repository, relative to the configured folder: {@code <ns>/<kind>-<name>.yaml}. */
    public String path() {
        return namespace + "/" + kind.toLowerCase(java.util.Locale.ROOT) + "-" + name + ".yaml";
    }

    /** A stable identity for diffs: {@code kind/namespace/name}. */
    public String key() {
        return kind + "/" + namespace + "/" + name;
    }
}
