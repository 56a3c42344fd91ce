package org.portcullis.core.manifests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.portcullis.core.model.WorkloadSpec;

/**
 * For each workload that accepts end-user JWTs: a RequestAuthentication (validates a token when one is present) and,
 * because RequestAuthentication alone lets token-less requests through, a DENY AuthorizationPolicy for requests
 * without a request principal ({@code notRequestPrincipals: ["*"]}), as Istio documents.
 */
final class JwtGenerator {

    private JwtGenerator() {
    }

    static List<K8sObject> generate(CompilationContext context) {
        List<K8sObject> objects = new ArrayList<>();
        context.workloads().values().stream().filter(WorkloadSpec::acceptsEndUserJwt).forEach(workload -> {
            requireIssuer(context.options(), workload);
            objects.add(requestAuthentication(context, workload));
            objects.add(requirePrincipal(context, workload));
        });
        return objects;
    }

    private static K8sObject requestAuthentication(CompilationContext context, WorkloadSpec workload) {
        Map<String, Object> jwtRule = new LinkedHashMap<>();
        jwtRule.put("issuer", context.options().jwtIssuer());
        jwtRule.put("jwksUri", context.options().jwksUri());
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("selector", IstioValues.selector(workload));
        spec.put("jwtRules", List.of(jwtRule));
        var metadata = ObjectMeta.of(ObjectNames.requestAuthentication(workload.name()), workload.namespace(),
                context.changeRequests(List.of(CompilationContext.workloadOrigin(workload.name()))));
        return K8sObject.of(IstioValues.SECURITY_V1, "RequestAuthentication", metadata, Map.of("spec", spec));
    }

    private static K8sObject requirePrincipal(CompilationContext context, WorkloadSpec workload) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("notRequestPrincipals", List.of("*"));
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("from", List.of(Map.of("source", source)));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("selector", IstioValues.selector(workload));
        spec.put("action", "DENY");
        spec.put("rules", List.of(rule));
        var metadata = ObjectMeta.of(ObjectNames.requireJwt(workload.name()), workload.namespace(),
                context.changeRequests(List.of(CompilationContext.workloadOrigin(workload.name()),
                        CompilationContext.namespaceOrigin(workload.namespace()))),
                context.isDryRunNamespace(workload.namespace()));
        return K8sObject.of(IstioValues.SECURITY_V1, "AuthorizationPolicy", metadata, Map.of("spec", spec));
    }

    private static void requireIssuer(CompilerOptions options, WorkloadSpec workload) {
        if (options.jwtIssuer() == null || options.jwksUri() == null) {
            throw new IllegalArgumentException("workload " + workload.name()
                    + " accepts end-user JWTs, but no issuer and jwksUri were given to the compiler");
        }
    }
}
