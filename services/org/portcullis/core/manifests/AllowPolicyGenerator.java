package org.portcullis.core.manifests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.portcullis.core.model.ServicePermissionSpec;
import org.portcullis.core.model.WorkloadSpec;

/**
 * Per destination workload an ALLOW AuthorizationPolicy with one rule per permitted source. Istio's dry-run mode is
 * an annotation on the whole policy, so dry-run permissions go into a second policy {@code <dest>-allow-dryrun} and
 * never weaken or strengthen the enforced one.
 */
final class AllowPolicyGenerator {

    private AllowPolicyGenerator() {
    }

    static List<K8sObject> generate(CompilationContext context) {
        Map<String, List<ServicePermissionSpec>> byDestination = new TreeMap<>();
        context.permissions().forEach(permission ->
                byDestination.computeIfAbsent(permission.destination(), d -> new ArrayList<>()).add(permission));
        List<K8sObject> objects = new ArrayList<>();
        byDestination.forEach((destination, permissions) -> {
            WorkloadSpec workload = context.workload(destination);
            List<ServicePermissionSpec> enforced = permissions.stream().filter(p -> !p.dryRun()).toList();
            List<ServicePermissionSpec> dryRun = permissions.stream().filter(ServicePermissionSpec::dryRun).toList();
            if (!enforced.isEmpty()) {
                objects.add(policy(context, workload, ObjectNames.allow(destination), enforced, false));
            }
            if (!dryRun.isEmpty()) {
                objects.add(policy(context, workload, ObjectNames.allowDryRun(destination), dryRun, true));
            }
        });
        return objects;
    }

    private static K8sObject policy(CompilationContext context, WorkloadSpec destination, String name,
                                    List<ServicePermissionSpec> permissions, boolean dryRun) {
        List<String> origins = new ArrayList<>();
        origins.add(CompilationContext.workloadOrigin(destination.name()));
        permissions.forEach(permission -> origins.add(CompilationContext.permissionOrigin(permission)));
        origins.add(CompilationContext.namespaceOrigin(destination.namespace()));
        var metadata = ObjectMeta.of(name, destination.namespace(), context.changeRequests(origins),
                dryRun || context.isDryRunNamespace(destination.namespace()));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("selector", IstioValues.selector(destination));
        spec.put("action", "ALLOW");
        spec.put("rules", permissions.stream()
                .sorted(Comparator.comparing((ServicePermissionSpec p) -> context.principal(context.workload(p.source())))
                        .thenComparing(ServicePermissionSpec::key))
                .map(permission -> rule(context, permission))
                .toList());
        return K8sObject.of(IstioValues.SECURITY_V1, "AuthorizationPolicy", metadata, Map.of("spec", spec));
    }

    /** from (the source principal), to (operations; left out when everything is "any"), when (end-user role). */
    private static Map<String, Object> rule(CompilationContext context, ServicePermissionSpec permission) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("from", List.of(source(context, permission)));
        Map<String, Object> operation = operation(permission);
        if (!operation.isEmpty()) {
            rule.put("to", List.of(Map.of("operation", operation)));
        }
        if (permission.requiredRole() != null) {
            Map<String, Object> condition = new LinkedHashMap<>();
            condition.put("key", context.options().rolesClaimKey());
            condition.put("values", List.of(permission.requiredRole()));
            rule.put("when", List.of(condition));
        }
        return rule;
    }

    private static Map<String, Object> source(CompilationContext context, ServicePermissionSpec permission) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("principals", List.of(context.principal(context.workload(permission.source()))));
        return Map.of("source", source);
    }

    private static Map<String, Object> operation(ServicePermissionSpec permission) {
        Map<String, Object> operation = new LinkedHashMap<>();
        if (!permission.methods().isEmpty()) {
            operation.put("methods", IstioValues.sortedSet(permission.methods()));
        }
        if (!permission.paths().isEmpty()) {
            operation.put("paths", IstioValues.sortedSet(permission.paths()));
        }
        if (!permission.ports().isEmpty()) {
            operation.put("ports", IstioValues.ports(permission.ports()));
        }
        return operation;
    }
}
