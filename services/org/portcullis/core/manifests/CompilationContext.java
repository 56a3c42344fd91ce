package org.portcullis.core.manifests;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.portcullis.core.model.ClusterAccessGrantSpec;
import org.portcullis.core.model.PolicyModel;
import org.portcullis.core.model.ServicePermissionSpec;
import org.portcullis.core.model.TrustZoneSpec;
import org.portcullis.core.model.WorkloadSpec;

/**
 * The model as the generators read it: indexed by name, sorted, with expired permissions and grants already left
 * out, so every generator sees the same order whatever order the model's lists had.
 */
record CompilationContext(CompilerOptions options, SortedMap<String, WorkloadSpec> workloads,
                          Map<String, TrustZoneSpec> zones, List<ServicePermissionSpec> permissions,
                          List<ClusterAccessGrantSpec> grants, Set<String> dryRunNamespaces,
                          Map<String, Set<Long>> origins) {

    static CompilationContext of(PolicyModel model, CompilerOptions options) {
        SortedMap<String, WorkloadSpec> workloads = new TreeMap<>();
        for (WorkloadSpec workload : model.workloads()) {
            if (workloads.put(workload.name(), workload) != null) {
                throw new IllegalArgumentException("duplicate workload " + workload.name());
            }
        }
        Map<String, TrustZoneSpec> zones = model.zones().stream()
                .collect(Collectors.toMap(TrustZoneSpec::name, Function.identity(), (a, b) -> a));
        List<ServicePermissionSpec> permissions = model.permissions().stream()
                .filter(permission -> !permission.isExpiredAt(options.now()))
                .sorted(Comparator.comparing(ServicePermissionSpec::key))
                .toList();
        permissions.forEach(permission -> {
            requireWorkload(workloads, permission.source(), permission.key());
            requireWorkload(workloads, permission.destination(), permission.key());
        });
        List<ClusterAccessGrantSpec> grants = model.grants().stream()
                .filter(grant -> !grant.isExpiredAt(options.now()))
                .sorted(Comparator.comparing(ClusterAccessGrantSpec::namespace)
                        .thenComparing(ClusterAccessGrantSpec::name))
                .toList();
        grants.forEach(grant -> requireWorkload(workloads, grant.workload(), "grant " + grant.name()));
        return new CompilationContext(options, workloads, zones, permissions, grants, model.dryRunNamespaces(),
                model.origins());
    }

    private static void requireWorkload(Map<String, WorkloadSpec> workloads, String name, String usedBy) {
        if (!workloads.containsKey(name)) {
            throw new IllegalArgumentException(usedBy + " refers to unknown workload " + name);
        }
    }

    WorkloadSpec workload(String name) {
        return workloads.get(name);
    }

    /** Workloads grouped by namespace, both sorted. */
    SortedMap<String, List<WorkloadSpec>> workloadsByNamespace() {
        return workloads.values().stream().collect(
                Collectors.groupingBy(WorkloadSpec::namespace, TreeMap::new, Collectors.toList()));
    }

    /** Whether every AuthorizationPolicy of the namespace is emitted in Istio dry-run mode. */
    boolean isDryRunNamespace(String namespace) {
        return dryRunNamespaces.contains(namespace);
    }

    String principal(WorkloadSpec workload) {
        return workload.meshIdentity(options.trustDomain());
    }

    /** The change requests behind the given model objects (keys {@code "<kind>/<name>"}, see PolicyModel). */
    SortedSet<Long> changeRequests(Collection<String> originKeys) {
        SortedSet<Long> ids = new TreeSet<>();
        originKeys.forEach(key -> ids.addAll(origins.getOrDefault(key, Set.of())));
        return ids;
    }

    static String workloadOrigin(String name) {
        return "workload/" + name;
    }

    static String zoneOrigin(String name) {
        return "zone/" + name;
    }

    static String permissionOrigin(ServicePermissionSpec permission) {
        return "permission/" + permission.key();
    }

    static String namespaceOrigin(String name) {
        return "namespace/" + name;
    }

    static String grantOrigin(String name) {
        return "grant/" + name;
    }
}
