package org.portcullis.core.manifests;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.portcullis.core.model.WorkloadSpec;

/** Small pieces the Istio generators share. */
final class IstioValues {

    static final String SECURITY_V1 = "security.istio.io/v1";

    private IstioValues() {
    }

    /**
     * {@code selector.matchLabels} of a workload. A workload without labels is refused: a policy without a selector
     * would apply to every workload in the namespace.
     */
    static Map<String, Object> selector(WorkloadSpec workload) {
        if (workload.selector().isEmpty()) {
            throw new IllegalArgumentException("workload " + workload.name()
                    + " has no selector labels: its policies would apply to the whole namespace " + workload.namespace());
        }
        Map<String, Object> selector = new LinkedHashMap<>();
        selector.put("matchLabels", new TreeMap<>(workload.selector()));
        return selector;
    }

    /** A list value as a set: distinct and sorted, so the order of the model does not matter. */
    static List<String> sortedSet(Collection<String> values) {
        return values.stream().distinct().sorted().toList();
    }

    /** Ports as Istio wants them (strings), in numeric order. */
    static List<String> ports(Collection<Integer> ports) {
        return ports.stream().distinct().sorted().map(String::valueOf).toList();
    }
}
