package org.portcullis.core.manifests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.portcullis.core.model.ClusterAccessGrantSpec;
import org.portcullis.core.model.WorkloadSpec;

/**
 * Per cluster access grant a Role (in the grant's namespace) and a RoleBinding of the same name whose subject is the
 * workload's ServiceAccount in the workload's own namespace (which may differ from the grant's).
 */
final class RbacGenerator {

    static final String RBAC_V1 = "rbac.authorization.k8s.io/v1";
    private static final String RBAC_GROUP = "rbac.authorization.k8s.io";

    private RbacGenerator() {
    }

    static List<K8sObject> generate(CompilationContext context) {
        List<K8sObject> objects = new ArrayList<>();
        for (ClusterAccessGrantSpec grant : context.grants()) {
            WorkloadSpec workload = context.workload(grant.workload());
            var changeRequests = context.changeRequests(List.of(
                    CompilationContext.grantOrigin(grant.name()), CompilationContext.workloadOrigin(workload.name())));
            objects.add(K8sObject.of(RBAC_V1, "Role", ObjectMeta.of(grant.name(), grant.namespace(), changeRequests),
                    Map.of("rules", List.of(rule(grant)))));
            objects.add(K8sObject.of(RBAC_V1, "RoleBinding",
                    ObjectMeta.of(grant.name(), grant.namespace(), changeRequests), binding(grant, workload)));
        }
        return objects;
    }

    private static Map<String, Object> rule(ClusterAccessGrantSpec grant) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("apiGroups", IstioValues.sortedSet(grant.apiGroups()));
        rule.put("resources", IstioValues.sortedSet(grant.resources()));
        if (!grant.resourceNames().isEmpty()) {
            rule.put("resourceNames", IstioValues.sortedSet(grant.resourceNames()));
        }
        rule.put("verbs", IstioValues.sortedSet(grant.verbs()));
        return rule;
    }

    private static Map<String, Object> binding(ClusterAccessGrantSpec grant, WorkloadSpec workload) {
        Map<String, Object> roleRef = new LinkedHashMap<>();
        roleRef.put("apiGroup", RBAC_GROUP);
        roleRef.put("kind", "Role");
        roleRef.put("name", grant.name());
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("kind", "ServiceAccount");
        subject.put("name", workload.serviceAccount());
        subject.put("namespace", workload.namespace());
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("roleRef", roleRef);
        content.put("subjects", List.of(subject));
        return content;
    }
}
