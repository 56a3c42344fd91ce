package org.portcullis.core.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole approved model at one moment: what the compiler and the sync turn into configuration.
 *
 * @param origins for each object key ({@code "<kind>/<name>"}, e.g. {@code "workload/llm-service"} or
 *                {@code "permission/api-gateway->llm-service"}, {@code "namespace/ml"}), the ids of the change
 *                requests behind it
 */
public record PolicyModel(List<TrustZoneSpec> zones, List<WorkloadSpec> workloads, List<PersonSpec> people,
                          List<RoleSpec> roles, List<RoleAssignmentSpec> roleAssignments,
                          List<ServicePermissionSpec> permissions, List<ClusterAccessGrantSpec> grants,
                          List<NamespaceSpec> namespaces, Map<String, Set<Long>> origins) {
    public PolicyModel {
        zones = List.copyOf(zones);
        workloads = List.copyOf(workloads);
        people = List.copyOf(people);
        roles = List.copyOf(roles);
        roleAssignments = List.copyOf(roleAssignments);
        permissions = List.copyOf(permissions);
        grants = List.copyOf(grants);
        namespaces = List.copyOf(namespaces);
        origins = origins == null ? Map.of() : Map.copyOf(origins);
    }

    /** The namespaces whose authorization policies are rolled out in Istio dry-run mode. */
    public Set<String> dryRunNamespaces() {
        return namespaces.stream().filter(NamespaceSpec::dryRun).map(NamespaceSpec::name)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
