package org.portcullis.ui.inventory;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.portcullis.core.model.ClusterAccessGrantSpec;
import org.portcullis.core.model.MtlsMode;
import org.portcullis.core.model.NamespaceSpec;
import org.portcullis.core.model.PersonSpec;
import org.portcullis.core.model.RoleAssignmentSpec;
import org.portcullis.core.model.RoleSpec;
import org.portcullis.core.model.Sensitivity;
import org.portcullis.core.model.ServicePermissionSpec;
import org.portcullis.core.model.SubjectKind;
import org.portcullis.core.model.TrustZoneSpec;
import org.portcullis.core.requests.ObjectKind;
import org.portcullis.inventory.Inventory;
import org.portcullis.inventory.InventoryRows;
import org.portcullis.requests.ChangeRequests;
import org.portcullis.requests.ItemDraft;
import org.portcullis.ui.components.Fields;
import org.portcullis.ui.components.RequestDialog;
import org.portcullis.ui.requests.Durations;

import java.time.Clock;
import java.util.List;

/** The request forms of the smaller inventory objects. Each one only builds a draft; the facade decides. */
final class SimpleForms {

    private SimpleForms() {
    }

    static void zone(Inventory inventory, ChangeRequests requests, String existingName) {
        var existing = existingName == null ? null
                : (TrustZoneSpec) inventory.spec(ObjectKind.TRUST_ZONE, existingName).orElse(null);
        var name = Fields.text("zone-name", "Name");
        var sensitivity = new Select<Sensitivity>();
        sensitivity.setId("zone-sensitivity");
        sensitivity.setLabel("Sensitivity");
        sensitivity.setItems(Sensitivity.values());
        sensitivity.setValue(Sensitivity.MEDIUM);
        var mtls = new Select<MtlsMode>();
        mtls.setId("zone-mtlsMode");
        mtls.setLabel("mTLS");
        mtls.setItems(MtlsMode.values());
        mtls.setValue(MtlsMode.STRICT);
        mtls.setHelperText("PERMISSIVE only while migrating workloads into the mesh");
        var description = new TextArea("Description");
        description.setId("zone-description");
        if (existing != null) {
            name.setValue(existing.name());
            name.setReadOnly(true);
            sensitivity.setValue(existing.sensitivity());
            mtls.setValue(existing.mtlsMode());
            description.setValue(existing.description());
        }
        var dialog = new RequestDialog(existing == null ? "New trust zone" : "Trust zone " + existing.name(), requests,
                () -> {
                    var spec = new TrustZoneSpec(name.getValue().strip(), description.getValue(),
                            sensitivity.getValue(), mtls.getValue());
                    return List.of(existing == null ? ItemDraft.create(spec) : ItemDraft.update(spec));
                }, id -> { });
        dialog.field("name", name);
        dialog.field("sensitivity", sensitivity);
        dialog.field("mtlsMode", mtls);
        dialog.field("description", description);
        dialog.offerDeletion("Request deletion", existing);
        dialog.open();
    }

    /**
     * Rollout of a whole namespace: enforce its AuthorizationPolicies, or observe them in Istio dry-run first. A
     * namespace without a setting is enforced; the first request creates the setting, later ones update it.
     */
    static void namespace(Inventory inventory, ChangeRequests requests, String namespaceName) {
        var existing = (NamespaceSpec) inventory.spec(ObjectKind.NAMESPACE, namespaceName).orElse(null);
        var name = Fields.text("namespace-name", "Namespace");
        name.setValue(namespaceName);
        name.setReadOnly(true);
        var mode = new Select<Boolean>();
        mode.setId("namespace-dryRun");
        mode.setLabel("Authorization policies");
        mode.setItems(false, true);
        mode.setItemLabelGenerator(dryRun -> dryRun ? "Dry-run: evaluate and log, do not enforce" : "Enforce");
        // the form proposes the switch: a namespace in dry-run is opened to enforce it, and the other way round
        boolean now = existing != null && existing.dryRun();
        mode.setValue(!now);
        mode.setHelperText((now ? "Now in dry-run. " : "Now enforced. ")
                + "Dry-run lets you watch what a policy would deny (Istio logs and metrics) before it blocks"
                + " anything. Switch back to Enforce once the logs show no surprises.");
        var description = new TextArea("Note");
        description.setId("namespace-description");
        description.setPlaceholder("e.g. observing the new policies of the ml namespace until the 12th");
        if (existing != null) {
            description.setValue(existing.description());
        }
        var dialog = new RequestDialog("Namespace " + namespaceName, requests, () -> {
            var spec = new NamespaceSpec(name.getValue().strip(), description.getValue(), mode.getValue());
            return List.of(existing == null ? ItemDraft.create(spec) : ItemDraft.update(spec));
        }, id -> { });
        dialog.field("name", name);
        dialog.field("dryRun", mode);
        dialog.field("description", description);
        dialog.open();
    }

    static void person(Inventory inventory, ChangeRequests requests, String existingName) {
        var existing = existingName == null ? null
                : (PersonSpec) inventory.spec(ObjectKind.PERSON, existingName).orElse(null);
        var username = Fields.text("person-username", "Username");
        var displayName = Fields.text("person-displayName", "Name");
        var email = Fields.text("person-email", "Email");
        var enabled = new Checkbox("Enabled", true);
        enabled.setId("person-enabled");
        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            displayName.setValue(existing.displayName());
            email.setValue(existing.email());
            enabled.setValue(existing.enabled());
        }
        var dialog = new RequestDialog(existing == null ? "New person" : "Person " + existing.username(), requests,
                () -> {
                    var spec = new PersonSpec(username.getValue().strip(), email.getValue().strip(),
                            displayName.getValue().strip(), enabled.getValue());
                    return List.of(existing == null ? ItemDraft.create(spec) : ItemDraft.update(spec));
                }, id -> { });
        dialog.field("username", username);
        dialog.field("displayName", displayName);
        dialog.field("email", email);
        dialog.addInfo(enabled);
        dialog.offerDeletion("Request deletion", existing);
        dialog.open();
    }

    static void role(Inventory inventory, ChangeRequests requests, String existingName) {
        var existing = existingName == null ? null
                : (RoleSpec) inventory.spec(ObjectKind.ROLE, existingName).orElse(null);
        var name = Fields.text("role-name", "Name");
        var description = new TextArea("Description");
        description.setId("role-description");
        if (existing != null) {
            name.setValue(existing.name());
            name.setReadOnly(true);
            description.setValue(existing.description());
        }
        var dialog = new RequestDialog(existing == null ? "New role" : "Role " + existing.name(), requests, () -> {
            var spec = new RoleSpec(name.getValue().strip(), description.getValue());
            return List.of(existing == null ? ItemDraft.create(spec) : ItemDraft.update(spec));
        }, id -> { });
        dialog.field("name", name);
        dialog.field("description", description);
        dialog.offerDeletion("Request deletion", existing);
        dialog.open();
    }

    static void assignment(Inventory inventory, ChangeRequests requests) {
        var role = new ComboBox<String>("Role");
        role.setId("assignment-role");
        role.setItems(inventory.names(ObjectKind.ROLE, "", 500));
        var kind = new Select<SubjectKind>();
        kind.setId("assignment-subjectKind");
        kind.setLabel("Grant to a");
        kind.setItems(SubjectKind.values());
        kind.setValue(SubjectKind.PERSON);
        var subject = Fields.text("assignment-subject", "Username or workload name");
        var duration = Durations.select("assignment-duration", "permanently");
        var dialog = new RequestDialog("Grant a role", requests, () -> {
            var chosen = Durations.CHOICES.get(duration.getValue());
            return List.of(ItemDraft.create(new RoleAssignmentSpec(role.getValue(), kind.getValue(),
                    subject.getValue().strip(), chosen == null ? null : Clock.systemUTC().instant().plus(chosen))));
        }, id -> { });
        dialog.field("role", role);
        dialog.field("subjectKind", kind);
        dialog.field("subject", subject);
        dialog.field("expiresAt", duration);
        dialog.open();
    }

    static void grant(Inventory inventory, ChangeRequests requests) {
        var name = Fields.text("grant-name", "Name");
        var workload = new ComboBox<String>("Workload");
        workload.setId("grant-workload");
        workload.setItems(query -> inventory.names(ObjectKind.WORKLOAD, query.getFilter().orElse(""),
                query.getOffset() + query.getLimit()).stream().skip(query.getOffset()));
        var namespace = Fields.text("grant-namespace", "Namespace");
        var verbs = Fields.text("grant-verbs", "Verbs");
        verbs.setHelperText("e.g. get, list, watch");
        var groups = Fields.text("grant-apiGroups", "API groups");
        groups.setHelperText("empty for the core group, e.g. apps");
        var resources = Fields.text("grant-resources", "Resources");
        resources.setHelperText("e.g. configmaps, pods/log");
        var names = Fields.text("grant-resourceNames", "Resource names");
        names.setHelperText("optional: only these objects");
        var duration = Durations.select("grant-duration", "permanently");
        var dialog = new RequestDialog("Grant Kubernetes API access", requests, () -> {
            var chosen = Durations.CHOICES.get(duration.getValue());
            var apiGroups = Fields.list(groups.getValue());
            return List.of(ItemDraft.create(new ClusterAccessGrantSpec(name.getValue().strip(), workload.getValue(),
                    namespace.getValue().strip(), Fields.list(verbs.getValue()),
                    apiGroups.isEmpty() ? List.of("") : apiGroups, Fields.list(resources.getValue()),
                    Fields.list(names.getValue()), chosen == null ? null : Clock.systemUTC().instant().plus(chosen))));
        }, id -> { });
        dialog.field("name", name);
        dialog.field("workload", workload);
        dialog.field("namespace", namespace);
        dialog.field("verbs", verbs);
        dialog.field("apiGroups", groups);
        dialog.field("resources", resources);
        dialog.field("resourceNames", names);
        dialog.field("expiresAt", duration);
        dialog.open();
    }

    static void revokeAssignment(ChangeRequests requests, InventoryRows.Assignment a) {
        confirmDelete(requests, "Revoke role " + a.role() + " from " + a.subject(),
                new RoleAssignmentSpec(a.role(), a.subjectKind(), a.subject(), a.expiresAt()));
    }

    static ServicePermissionSpec spec(InventoryRows.Permission p) {
        return new ServicePermissionSpec(p.source(), p.destination(), p.methods(), p.paths(), p.ports(),
                p.requiredRole(), p.expiresAt(), p.dryRun());
    }

    static void revokeGrant(ChangeRequests requests, InventoryRows.Grant g) {
        confirmDelete(requests, "Revoke cluster access " + g.namespace() + "/" + g.name(),
                new ClusterAccessGrantSpec(g.name(), g.workload(), g.namespace(), g.verbs(), g.apiGroups(),
                        g.resources(), g.resourceNames(), g.expiresAt()));
    }

    private static void confirmDelete(ChangeRequests requests, String heading, Object spec) {
        RequestDialog.forDeletion(requests, heading, spec).open();
    }
}
