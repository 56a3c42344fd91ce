package org.portcullis.core.manifests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.portcullis.core.model.MtlsMode;
import org.portcullis.core.model.TrustZoneSpec;
import org.portcullis.core.model.WorkloadSpec;

/**
 * One namespace-wide PeerAuthentication per namespace. The namespace is STRICT unless every workload in it sits in a
 * zone that chose PERMISSIVE (migration): one STRICT workload is enough to keep the whole namespace STRICT, because a
 * namespace policy cannot be looser for some workloads without a per-workload policy, and loosening by accident is
 * worse than a blocked migration. A workload whose zone is unknown counts as STRICT.
 */
final class PeerAuthenticationGenerator {

    private PeerAuthenticationGenerator() {
    }

    static List<K8sObject> generate(CompilationContext context) {
        List<K8sObject> objects = new ArrayList<>();
        context.workloadsByNamespace().forEach((namespace, workloads) -> {
            Map<String, Object> mtls = new LinkedHashMap<>();
            mtls.put("mode", modeOf(context, workloads).name());
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("mtls", mtls);
            var metadata = ObjectMeta.of(ObjectNames.PEER_AUTHENTICATION, namespace,
                    context.changeRequests(origins(workloads)));
            objects.add(K8sObject.of(IstioValues.SECURITY_V1, "PeerAuthentication", metadata, Map.of("spec", spec)));
        });
        return objects;
    }

    static MtlsMode modeOf(CompilationContext context, List<WorkloadSpec> workloads) {
        boolean allPermissive = workloads.stream().allMatch(workload -> zoneMode(context, workload) == MtlsMode.PERMISSIVE);
        return allPermissive ? MtlsMode.PERMISSIVE : MtlsMode.STRICT;
    }

    private static MtlsMode zoneMode(CompilationContext context, WorkloadSpec workload) {
        TrustZoneSpec zone = context.zones().get(workload.trustZone());
        return zone == null ? MtlsMode.STRICT : zone.mtlsMode();
    }

    private static List<String> origins(List<WorkloadSpec> workloads) {
        TreeSet<String> keys = new TreeSet<>();
        workloads.forEach(workload -> {
            keys.add(CompilationContext.workloadOrigin(workload.name()));
            keys.add(CompilationContext.zoneOrigin(workload.trustZone()));
        });
        return List.copyOf(keys);
    }
}
