package org.portcullis.core.manifests;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.portcullis.core.model.ClusterAccessGrantSpec;
import org.portcullis.core.model.NamespaceSpec;
import org.portcullis.core.model.PolicyModel;
import org.portcullis.core.model.ServicePermissionSpec;
import org.portcullis.core.model.TrustZoneSpec;
import org.portcullis.core.model.WorkloadSpec;

/**
 * Compiles only the namespaces a change can touch, so that the plan of a one-permission request costs a namespace,
 * not the whole model. The compiler is whole-model; what an object of namespace N is compiled from is:
 * <ul>
 * <li>the workloads of N (PeerAuthentication, allow-nothing, JWT objects, ServiceAccounts) and their zones;</li>
 * <li>the permissions whose destination is in N, and their source workloads (principal = namespace + account);</li>
 * <li>the grants of N (Role, RoleBinding), and their workloads (the binding's subject);</li>
 * <li>the namespace setting of N (dry-run).</li>
 * </ul>
 * {@link #slice} keeps exactly that (plus all zones and the origins of what it keeps), and {@link #compile} keeps only
 * the objects of N from the slice's result, which are then equal to the full compile's objects of N.
 */
public final class PlanScope {

    private PlanScope() {
    }

    /**
     * The namespaces whose objects may differ once a change is applied to {@code approved}, given the model objects
     * ({@code WorkloadSpec}, {@code ServicePermissionSpec}, ...: before and after values of a request's items) the
     * change touches. Objects without manifests (people, roles, assignments) touch nothing. Reads only the approved
     * model and the touched objects, so the proposed model never has to be built in full.
     */
    public static SortedSet<String> affectedNamespaces(PolicyModel approved, Collection<?> touched) {
        SortedSet<String> namespaces = new TreeSet<>();
        Map<String, String> namespaceOf = null;
        for (Object object : touched) {
            switch (object) {
                case WorkloadSpec workload -> {
                    namespaces.add(workload.namespace());
                    namespaces.addAll(dependentsOf(approved, workload.name()));
                }
                case ServicePermissionSpec permission -> {
                    // a destination created by the same change is a touched workload: its namespace is added above
                    namespaceOf = namespaceOf == null ? namespaces(approved) : namespaceOf;
                    addIfKnown(namespaces, namespaceOf.get(permission.destination()));
                }
                case ClusterAccessGrantSpec grant -> namespaces.add(grant.namespace());
                case TrustZoneSpec zone -> namespaces.addAll(namespacesInZone(approved, zone.name()));
                case NamespaceSpec namespace -> namespaces.add(namespace.name());
                case null, default -> {
                }
            }
        }
        return namespaces;
    }

    /**
     * {@link #slice(PolicyModel, Set)} plus the workloads the touched objects name (sources of touched permissions,
     * workloads of touched grants, touched workloads), so that the change can be applied to the slice instead of to
     * the whole model.
     */
    public static PolicyModel slice(PolicyModel model, Set<String> namespaces, Collection<?> touched) {
        Set<String> named = new HashSet<>();
        for (Object object : touched) {
            switch (object) {
                case WorkloadSpec workload -> named.add(workload.name());
                case ServicePermissionSpec permission -> {
                    named.add(permission.source());
                    named.add(permission.destination());
                }
                case ClusterAccessGrantSpec grant -> named.add(grant.workload());
                case null, default -> {
                }
            }
        }
        return slice(model, namespaces, named);
    }

    /** The objects of {@code namespaces}, equal to those the whole model compiles to in these namespaces. */
    public static List<K8sObject> compile(PolicyModel model, Set<String> namespaces, CompilerOptions options) {
        if (namespaces.isEmpty()) {
            return List.of();
        }
        return PolicyCompiler.compile(slice(model, namespaces), options).stream()
                .filter(object -> namespaces.contains(object.namespace()))
                .toList();
    }

    /** The part of the model the objects of {@code namespaces} are compiled from (see the class comment). */
    public static PolicyModel slice(PolicyModel model, Set<String> namespaces) {
        return slice(model, namespaces, Set.<String>of());
    }

    private static PolicyModel slice(PolicyModel model, Set<String> namespaces, Set<String> alsoWorkloads) {
        Map<String, String> namespaceOf = namespaces(model);
        List<ServicePermissionSpec> permissions = model.permissions().stream()
                .filter(p -> namespaces.contains(namespaceOf.get(p.destination())))
                .toList();
        List<ClusterAccessGrantSpec> grants = model.grants().stream()
                .filter(g -> namespaces.contains(g.namespace()))
                .toList();
        Set<String> referenced = new HashSet<>(alsoWorkloads);
        permissions.forEach(p -> referenced.add(p.source()));
        grants.forEach(g -> referenced.add(g.workload()));
        List<WorkloadSpec> workloads = model.workloads().stream()
                .filter(w -> namespaces.contains(w.namespace()) || referenced.contains(w.name()))
                .toList();
        List<NamespaceSpec> namespaceSettings = model.namespaces().stream()
                .filter(n -> namespaces.contains(n.name()))
                .toList();
        Map<String, Set<Long>> origins = new HashMap<>();
        List<String> keys = new ArrayList<>();
        model.zones().forEach(z -> keys.add(CompilationContext.zoneOrigin(z.name())));
        workloads.forEach(w -> keys.add(CompilationContext.workloadOrigin(w.name())));
        permissions.forEach(p -> keys.add(CompilationContext.permissionOrigin(p)));
        grants.forEach(g -> keys.add(CompilationContext.grantOrigin(g.name())));
        namespaceSettings.forEach(n -> keys.add(CompilationContext.namespaceOrigin(n.name())));
        keys.forEach(key -> {
            Set<Long> ids = model.origins().get(key);
            if (ids != null) {
                origins.put(key, ids);
            }
        });
        return new PolicyModel(model.zones(), workloads, List.of(), List.of(), List.of(), permissions, grants,
                namespaceSettings, origins);
    }

    /** Where a workload's identity is used: namespaces of the destinations it calls or is called from, of its grants. */
    private static Set<String> dependentsOf(PolicyModel model, String workload) {
        Map<String, String> namespaceOf = null;
        Set<String> namespaces = new HashSet<>();
        for (ServicePermissionSpec permission : model.permissions()) {
            if (permission.source().equals(workload) || permission.destination().equals(workload)) {
                namespaceOf = namespaceOf == null ? namespaces(model) : namespaceOf;
                addIfKnown(namespaces, namespaceOf.get(permission.destination()));
            }
        }
        model.grants().stream().filter(g -> g.workload().equals(workload)).forEach(g -> namespaces.add(g.namespace()));
        return namespaces;
    }

    private static Set<String> namespacesInZone(PolicyModel model, String zone) {
        return model.workloads().stream().filter(w -> zone.equals(w.trustZone()))
                .map(WorkloadSpec::namespace).collect(Collectors.toSet());
    }

    private static Map<String, String> namespaces(PolicyModel model) {
        Map<String, String> namespaceOf = new HashMap<>(model.workloads().size() * 2);
        model.workloads().forEach(w -> namespaceOf.put(w.name(), w.namespace()));
        return namespaceOf;
    }

    private static void addIfKnown(Set<String> namespaces, String namespace) {
        if (namespace != null) {
            namespaces.add(namespace);
        }
    }
}
