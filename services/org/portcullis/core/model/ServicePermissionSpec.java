package org.portcullis.core.model;

import java.time.Instant;
import java.util.List;

/**
 * Workload {@code source} may call workload {@code destination} with these operations. Empty lists mean "any".
 *
 * @param requiredRole an end-user role the request's JWT must carry, or null
 * @param dryRun       emit the policy in Istio dry-run mode (observed, not enforced)
 */
public record ServicePermissionSpec(String source, String destination, List<String> methods, List<String> paths,
                                    List<Integer> ports, String requiredRole, Instant expiresAt, boolean dryRun) {
    public ServicePermissionSpec {
        methods = methods == null ? List.of() : List.copyOf(methods);
        paths = paths == null ? List.of() : List.copyOf(paths);
        ports = ports == null ? List.of() : List.copyOf(ports);
        requiredRole = requiredRole == null || requiredRole.isBlank() ? null : requiredRole;
    }

    /** The natural key: one permission per source and destination. */
    public String key() {
        return source + "->" + destination;
    }

    public boolean isExpiredAt(Instant instant) {
        return expiresAt != null && !expiresAt.isAfter(instant);
    }
}
