package org.portcullis.core.manifests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.portcullis.core.model.PolicyModel;

/**
 * Compiles the approved model into the Istio and Kubernetes objects that enforce it. Pure and deterministic: the same
 * model (in any list order) and options give equal objects in the same order; nothing reads a clock.
 */
public final class PolicyCompiler {

    /** Fixed order of generators; the result is sorted anyway, the order only matters for readability. */
    private static final List<Function<CompilationContext, List<K8sObject>>> GENERATORS = List.of(
            PeerAuthenticationGenerator::generate,
            AllowNothingGenerator::generate,
            AllowPolicyGenerator::generate,
            JwtGenerator::generate,
            ServiceAccountGenerator::generate,
            RbacGenerator::generate);

    private PolicyCompiler() {
    }

    /**
     * @throws IllegalArgumentException if the model refers to unknown workloads, has a workload without selector
     *                                  labels, or needs a JWT issuer the options do not give
     */
    public static List<K8sObject> compile(PolicyModel model, CompilerOptions options) {
        CompilationContext context = CompilationContext.of(model, options);
        List<K8sObject> objects = new ArrayList<>();
        GENERATORS.forEach(generator -> objects.addAll(generator.apply(context)));
        objects.sort(K8sObject.ORDER);
        requireUniqueKeys(objects);
        return List.copyOf(objects);
    }

    private static void requireUniqueKeys(List<K8sObject> sorted) {
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).key().equals(sorted.get(i - 1).key())) {
                throw new IllegalArgumentException("two model objects compile to " + sorted.get(i).key());
            }
        }
    }
}
