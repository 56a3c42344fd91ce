package org.portcullis.core.manifests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.portcullis.core.model.WorkloadSpec;

/** One ServiceAccount per distinct (namespace, service account); workloads sharing one contribute their origins. */
final class ServiceAccountGenerator {

    private ServiceAccountGenerator() {
    }

    static List<K8sObject> generate(CompilationContext context) {
        Map<List<String>, List<String>> originsByAccount = new TreeMap<>(
                (a, b) -> String.join("/", a).compareTo(String.join("/", b)));
        for (WorkloadSpec workload : context.workloads().values()) {
            originsByAccount.computeIfAbsent(List.of(workload.namespace(), workload.serviceAccount()),
                    k -> new ArrayList<>()).add(CompilationContext.workloadOrigin(workload.name()));
        }
        List<K8sObject> objects = new ArrayList<>();
        originsByAccount.forEach((account, origins) -> {
            var metadata = ObjectMeta.of(account.get(1), account.get(0), context.changeRequests(origins));
            objects.add(K8sObject.of("v1", "ServiceAccount", metadata, Map.of()));
        });
        return objects;
    }
}
