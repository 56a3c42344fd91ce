package org.portcullis.core.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A machine identity: a Kubernetes service account running some pods. Workload names are unique across the
 * inventory, so permissions and grants refer to a workload by name alone.
 *
 * @param selector labels that select the workload's pods (for Istio {@code selector.matchLabels})
 * @param ports    the ports the workload serves on
 * @param acceptsEndUserJwt whether callers must present an end-user JWT from the identity provider
 */
public record WorkloadSpec(String name, String namespace, String serviceAccount, String trustZone,
                           DataClassification classification, String owner, Map<String, String> selector,
                           List<Integer> ports, boolean acceptsEndUserJwt) {

    public static final String DEFAULT_TRUST_DOMAIN = "cluster.local";

    public WorkloadSpec {
        selector = selector == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(selector));
        ports = ports == null ? List.of() : List.copyOf(ports);
    }

    /** The SPIFFE-style identity Istio gives the workload's pods; derived, never typed. */
    public String meshIdentity(String trustDomain) {
        return trustDomain + "/ns/" + namespace + "/sa/" + serviceAccount;
    }

    public String meshIdentity() {
        return meshIdentity(DEFAULT_TRUST_DOMAIN);
    }
}
