package org.portcullis.integrations.kubernetes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import org.portcullis.core.manifests.Manifest;

/**
 * Brings a cluster to the desired bundle: create-or-replace every desired object, then prune the labelled objects
 * of the managed kinds that are no longer desired.
 */
public final class ClusterApplier implements AutoCloseable {

    static final String LABEL = "app.kubernetes.io/managed-by";
    static final String VALUE = "portcullis";

    private final KubernetesClient client;
    private final boolean ownsClient;

    /** Applies through the given client; the caller keeps ownership of it. */
    public ClusterApplier(KubernetesClient client) {
        this(client, false);
    }

    private ClusterApplier(KubernetesClient client, boolean ownsClient) {
        this.client = Objects.requireNonNull(client, "client");
        this.ownsClient = ownsClient;
    }

    /**
     * Retries of one HTTP request inside the client (100 ms, then 200 ms). The client's default, 10 retries with up to
     * 3.2 s between them, held the push worker ~19 s per request while a cluster was down; the outbox retries the
     * whole apply with its own backoff anyway.
     */
    static final int REQUEST_RETRIES = 2;

    /**
     * An applier with its own client for the target; close it on shutdown.
     *
     * @throws ApplyFailedException when the kubeconfig cannot be read or lacks the configured context (the client
     *                              would silently fall back to the current context: another cluster, perhaps)
     */
    public static ClusterApplier connect(ClusterTarget target) {
        Config config;
        try {
            config = target.kubeconfig() == null
                    ? Config.autoConfigure(target.context())
                    : Config.fromKubeconfig(target.context(), target.kubeconfig().toFile());
        } catch (KubernetesClientException e) {
            throw new ApplyFailedException("cannot read the kubeconfig " + target.kubeconfig() + ": " + e.getMessage(), e);
        }
        if (target.context() != null && (config.getContexts() == null
                || config.getContexts().stream().noneMatch(c -> target.context().equals(c.getName())))) {
            throw new ApplyFailedException("the kubeconfig " + (target.kubeconfig() == null ? "" : target.kubeconfig() + " ")
                    + "has no context " + target.context(), null);
        }
        config.setRequestRetryBackoffLimit(REQUEST_RETRIES);
        return new ClusterApplier(new KubernetesClientBuilder().withConfig(config).build(), true);
    }

    /**
     * @param desired the complete desired bundle; every object must be of a {@link ManagedKind} and carry our label
     * @throws IllegalArgumentException when an object is not one Portcullis may manage
     * @throws ApplyFailedException     when the cluster refuses or cannot be reached
     */
    public ApplyResult apply(List<Manifest> desired) {
        List<GenericKubernetesResource> objects = parse(desired);
        List<String> created = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Set<String> keep = new HashSet<>();
        for (GenericKubernetesResource object : objects) {
            String key = keyOf(object);
            keep.add(key);
            switch (createOrReplace(object)) {
                case CREATED -> created.add(key);
                case REPLACED -> replaced.add(key);
                case UNCHANGED -> unchanged.add(key);
            }
        }
        List<String> deleted = prune(keep);
        return new ApplyResult(sorted(created), sorted(replaced), sorted(unchanged), sorted(deleted));
    }

    private enum Outcome { CREATED, REPLACED, UNCHANGED }

    private Outcome createOrReplace(GenericKubernetesResource desired) {
        String key = keyOf(desired);
        Resource<GenericKubernetesResource> resource = operation(desired)
                .inNamespace(desired.getMetadata().getNamespace())
                .resource(desired);
        try {
            GenericKubernetesResource live = resource.get();
            if (live == null) {
                resource.create();
                return Outcome.CREATED;
            }
            if (content(live).equals(content(desired))) {
                return Outcome.UNCHANGED;
            }
            resource.update();
            return Outcome.REPLACED;
        } catch (KubernetesClientException e) {
            throw new ApplyFailedException("cannot apply " + key + ": " + describe(e), e);
        }
    }

    private List<String> prune(Set<String> keep) {
        List<String> deleted = new ArrayList<>();
        for (ManagedKind kind : ManagedKind.values()) {
            for (GenericKubernetesResource live : listOurs(kind)) {
                String key = keyOf(kind.kind(), live.getMetadata());
                if (!keep.contains(key)) {
                    delete(kind, live.getMetadata(), key);
                    deleted.add(key);
                }
            }
        }
        return deleted;
    }

    private List<GenericKubernetesResource> listOurs(ManagedKind kind) {
        try {
            GenericKubernetesResourceList list = client.genericKubernetesResources(kind.context())
                    .inAnyNamespace().withLabel(LABEL, VALUE).list();
            return list.getItems();
        } catch (KubernetesClientException e) {
            if (e.getCode() == 404) {
                return List.of(); // the kind is not installed (no Istio CRDs): nothing of ours can exist
            }
            throw new ApplyFailedException("cannot list " + kind.kind() + " objects: " + describe(e), e);
        }
    }

    private void delete(ManagedKind kind, ObjectMeta metadata, String key) {
        try {
            client.genericKubernetesResources(kind.context())
                    .inNamespace(metadata.getNamespace()).withName(metadata.getName()).delete();
        } catch (KubernetesClientException e) {
            throw new ApplyFailedException("cannot delete " + key + ": " + describe(e), e);
        }
    }

    private MixedOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>>
            operation(GenericKubernetesResource object) {
        ManagedKind kind = ManagedKind.of(object.getKind()).orElseThrow();
        String apiVersion = object.getApiVersion();
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        return client.genericKubernetesResources(kind.context(version));
    }

    /** Parses and checks the bundle, in apply order: service accounts and roles before what refers to them. */
    private List<GenericKubernetesResource> parse(List<Manifest> desired) {
        List<GenericKubernetesResource> objects = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Manifest manifest : desired) {
            GenericKubernetesResource object = ManifestObjects.parse(manifest, client.getKubernetesSerialization());
            if (!keys.add(keyOf(object))) {
                throw new IllegalArgumentException("the bundle holds " + keyOf(object) + " twice");
            }
            objects.add(object);
        }
        objects.sort(Comparator.comparing((GenericKubernetesResource o) -> ManagedKind.of(o.getKind()).orElseThrow())
                .thenComparing(o -> o.getMetadata().getNamespace())
                .thenComparing(o -> o.getMetadata().getName()));
        return objects;
    }

    /**
     * What we own of an object: everything but status and the server-managed metadata (uid, resourceVersion,
     * generation, timestamps, managedFields). Two objects with equal content need no write.
     */
    private Map<String, Object> content(GenericKubernetesResource object) {
        @SuppressWarnings("unchecked")
        Map<String, Object> all = client.getKubernetesSerialization().convertValue(object, Map.class);
        Map<String, Object> content = new LinkedHashMap<>(all);
        content.remove("status");
        ObjectMeta metadata = object.getMetadata();
        Map<String, Object> ownMetadata = new LinkedHashMap<>();
        ownMetadata.put("name", metadata.getName());
        ownMetadata.put("namespace", metadata.getNamespace());
        ownMetadata.put("labels", emptyIfNull(metadata.getLabels()));
        ownMetadata.put("annotations", emptyIfNull(metadata.getAnnotations()));
        content.put("metadata", ownMetadata);
        return content;
    }

    private static Map<String, String> emptyIfNull(Map<String, String> map) {
        return map == null ? Map.of() : map;
    }

    static String keyOf(GenericKubernetesResource object) {
        return keyOf(object.getKind(), object.getMetadata());
    }

    private static String keyOf(String kind, ObjectMeta metadata) {
        return kind + "/" + metadata.getNamespace() + "/" + metadata.getName();
    }

    private static String describe(KubernetesClientException e) {
        String reason = e.getStatus() != null && e.getStatus().getMessage() != null
                ? e.getStatus().getMessage()
                : e.getMessage();
        return e.getCode() > 0 ? "HTTP " + e.getCode() + " " + reason : reason;
    }

    private static List<String> sorted(List<String> keys) {
        List<String> copy = new ArrayList<>(keys);
        Collections.sort(copy);
        return copy;
    }

    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }
}
