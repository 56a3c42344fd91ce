package org.portcullis.bootstrap;

import org.portcullis.core.model.ClusterAccessGrantSpec;
import org.portcullis.core.model.DataClassification;
import org.portcullis.core.model.MtlsMode;
import org.portcullis.core.model.PersonSpec;
import org.portcullis.core.model.RoleAssignmentSpec;
import org.portcullis.core.model.RoleSpec;
import org.portcullis.core.model.Sensitivity;
import org.portcullis.core.model.ServicePermissionSpec;
import org.portcullis.core.model.SubjectKind;
import org.portcullis.core.model.TrustZoneSpec;
import org.portcullis.core.model.WorkloadSpec;
import org.portcullis.requests.ItemDraft;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo inventory: the AI pipeline of the design (api-gateway → preprocessor → llm-service → postprocessor →
 * vector-store) across three namespaces and four trust zones, and one demo person per portal role.
 */
public final class DemoData {

    /** username, display name, demo password, portal role (or null for engineers) */
    public record DemoPerson(String username, String displayName, String password, String role) {
    }

    public static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("alice", "Alice Admin", "alice-demo-1", RoleSpec.SECURITY_ADMIN),
            new DemoPerson("bob", "Bob Admin", "bob-demo-1", RoleSpec.SECURITY_ADMIN),
            new DemoPerson("carol", "Carol Auditor", "carol-demo-1", RoleSpec.AUDITOR),
            new DemoPerson("dave", "Dave Engineer", "dave-demo-1", null),
            new DemoPerson("erin", "Erin Engineer", "erin-demo-1", null));

    private DemoData() {
    }

    public static List<ItemDraft> items() {
        var items = new ArrayList<ItemDraft>();
        for (DemoPerson p : PEOPLE) {
            items.add(ItemDraft.create(new PersonSpec(p.username(), p.username() + "@example.org", p.displayName(), true)));
        }
        items.add(ItemDraft.create(new RoleSpec(RoleSpec.SECURITY_ADMIN, "Approves changes to the inventory")));
        items.add(ItemDraft.create(new RoleSpec(RoleSpec.AUDITOR, "Reads and exports the audit history")));
        items.add(ItemDraft.create(new RoleSpec("ml-user", "End users allowed to call the LLM through the gateway")));
        items.add(ItemDraft.create(new RoleSpec("ml-engineer", "Operates the model-serving workloads")));
        items.add(ItemDraft.create(new RoleSpec("vector-reader", "Reads embeddings from the vector store")));
        for (DemoPerson p : PEOPLE) {
            if (p.role() != null) {
                items.add(ItemDraft.create(new RoleAssignmentSpec(p.role(), SubjectKind.PERSON, p.username(), null)));
            }
        }
        items.add(ItemDraft.create(new RoleAssignmentSpec("ml-engineer", SubjectKind.PERSON, "erin", null)));

        items.add(ItemDraft.create(new TrustZoneSpec("edge", "Internet-facing entry points", Sensitivity.LOW, MtlsMode.STRICT)));
        items.add(ItemDraft.create(new TrustZoneSpec("processing", "Stateless request processing", Sensitivity.MEDIUM, MtlsMode.STRICT)));
        items.add(ItemDraft.create(new TrustZoneSpec("model-serving", "Proprietary model weights", Sensitivity.HIGH, MtlsMode.STRICT)));
        items.add(ItemDraft.create(new TrustZoneSpec("data", "Embeddings and documents with PII", Sensitivity.HIGH, MtlsMode.STRICT)));

        items.add(workload("api-gateway", "edge", "edge", DataClassification.INTERNAL, "dave", 8080, true));
        items.add(workload("preprocessor", "ml", "processing", DataClassification.CONFIDENTIAL, "dave", 8080, false));
        items.add(workload("llm-service", "ml", "model-serving", DataClassification.CONFIDENTIAL, "erin", 8000, false));
        items.add(workload("postprocessor", "ml", "processing", DataClassification.INTERNAL, "dave", 8080, false));
        items.add(workload("vector-store", "data", "data", DataClassification.PII, "erin", 6333, false));

        items.add(permission("api-gateway", "preprocessor", List.of("POST"), List.of("/v1/*"), 8080, "ml-user"));
        items.add(permission("preprocessor", "llm-service", List.of("POST"), List.of("/v1/generate"), 8000, null));
        items.add(permission("llm-service", "postprocessor", List.of("POST"), List.of("/v1/format"), 8080, null));
        items.add(permission("postprocessor", "vector-store", List.of("GET", "POST"), List.of("/collections/*"), 6333, null));
        items.add(ItemDraft.create(new RoleAssignmentSpec("vector-reader", SubjectKind.WORKLOAD, "postprocessor", null)));
        items.add(ItemDraft.create(new ClusterAccessGrantSpec("preprocessor-config-reader", "preprocessor", "ml",
                List.of("get", "list", "watch"), List.of(""), List.of("configmaps"), List.of(), null)));
        return items;
    }

    private static ItemDraft workload(String name, String namespace, String zone, DataClassification classification,
                                      String owner, int port, boolean jwt) {
        return ItemDraft.create(new WorkloadSpec(name, namespace, name, zone, classification, owner,
                Map.of("app", name), List.of(port), jwt));
    }

    private static ItemDraft permission(String source, String destination, List<String> methods, List<String> paths,
                                        int port, String requiredRole) {
        return ItemDraft.create(new ServicePermissionSpec(source, destination, methods, paths, List.of(port),
                requiredRole, null, false));
    }
}
