package org.portcullis.core.model;

import java.time.Instant;
import java.util.List;

/**
 * A workload's service account may do {@code verbs} on {@code resources} in {@code namespace}: compiled to a
 * Kubernetes Role and RoleBinding named {@code name}.
 */
public record ClusterAccessGrantSpec(String name, String workload, String namespace, List<String> verbs,
                                     List<String> apiGroups, List<String> resources, List<String> resourceNames,
                                     Instant expiresAt) {
    public ClusterAccessGrantSpec {
        verbs = verbs == null ? List.of() : List.copyOf(verbs);
        apiGroups = apiGroups == null ? List.of("") : List.copyOf(apiGroups);
        resources = resources == null ? List.of() : List.copyOf(resources);
        resourceNames = resourceNames == null ? List.of() : List.copyOf(resourceNames);
    }

    public boolean isExpiredAt(Instant instant) {
        return expiresAt != null && !expiresAt.isAfter(instant);
    }
}
