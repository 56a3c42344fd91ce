package org.portcullis.core.model;

/**
 * How the authorization policies of one Kubernetes namespace are rolled out. Namespaces come into being with their
 * workloads; this object exists only once somebody has asked for a namespace-wide setting.
 *
 * @param dryRun when true, every AuthorizationPolicy of the namespace carries Istio's {@code istio.io/dry-run}
 *               annotation: the mesh evaluates and logs the policies but does not enforce them. A later request
 *               switches the namespace back to enforcement.
 */
public record NamespaceSpec(String name, String description, boolean dryRun) {
    public NamespaceSpec {
        description = description == null ? "" : description;
    }
}
