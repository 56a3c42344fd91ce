package org.portcullis.core.manifests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deny by default: per namespace an ALLOW AuthorizationPolicy with an empty spec. Istio reads it as "allow nothing":
 * an ALLOW policy exists for every workload of the namespace, so a request no other ALLOW policy matches is denied.
 */
final class AllowNothingGenerator {

    private AllowNothingGenerator() {
    }

    static List<K8sObject> generate(CompilationContext context) {
        List<K8sObject> objects = new ArrayList<>();
        context.workloadsByNamespace().forEach((namespace, workloads) -> {
            List<String> origins = new ArrayList<>();
            workloads.forEach(workload -> origins.add(CompilationContext.workloadOrigin(workload.name())));
            origins.add(CompilationContext.namespaceOrigin(namespace));
            var metadata = ObjectMeta.of(ObjectNames.ALLOW_NOTHING, namespace, context.changeRequests(origins),
                    context.isDryRunNamespace(namespace));
            objects.add(K8sObject.of(IstioValues.SECURITY_V1, "AuthorizationPolicy", metadata,
                    Map.of("spec", new LinkedHashMap<>())));
        });
        return objects;
    }
}
