package org.portcullis.integrations.kubernetes;

import java.util.Map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.portcullis.core.manifests.Manifest;

/** Turns one of our manifests into a fabric8 object, checking that it is something Portcullis may manage. */
final class ManifestObjects {

    private ManifestObjects() {
    }

    static GenericKubernetesResource parse(Manifest manifest, KubernetesSerialization serialization) {
        GenericKubernetesResource object;
        try {
            object = serialization.unmarshal(manifest.yaml(), GenericKubernetesResource.class);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the YAML of " + manifest.key() + " is not a Kubernetes object", e);
        }
        if (object == null || object.getMetadata() == null || object.getMetadata().getName() == null) {
            throw new IllegalArgumentException("the YAML of " + manifest.key() + " has no metadata.name");
        }
        ManagedKind kind = ManagedKind.of(object.getKind()).orElseThrow(() -> new IllegalArgumentException(
                manifest.key() + ": Portcullis does not manage objects of kind " + object.getKind()));
        if (!groupOf(object.getApiVersion()).equals(kind.group())) {
            throw new IllegalArgumentException(manifest.key() + ": unexpected apiVersion " + object.getApiVersion());
        }
        if (object.getMetadata().getNamespace() == null) {
            object.getMetadata().setNamespace(manifest.namespace());
        }
        if (!object.getMetadata().getNamespace().equals(manifest.namespace())
                || !object.getMetadata().getName().equals(manifest.name())
                || !object.getKind().equals(manifest.kind())) {
            throw new IllegalArgumentException("the YAML of " + manifest.key() + " describes another object: "
                    + ClusterApplier.keyOf(object));
        }
        Map<String, String> labels = object.getMetadata().getLabels();
        if (labels == null || !ClusterApplier.VALUE.equals(labels.get(ClusterApplier.LABEL))) {
            throw new IllegalArgumentException(manifest.key() + " lacks the label " + ClusterApplier.LABEL + ": "
                    + ClusterApplier.VALUE + "; without it, it could never be pruned");
        }
        return object;
    }

    private static String groupOf(String apiVersion) {
        int slash = apiVersion == null ? -1 : apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }
}
