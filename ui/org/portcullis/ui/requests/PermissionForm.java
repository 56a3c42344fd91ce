package org.portcullis.ui.requests;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import org.portcullis.core.model.ServicePermissionSpec;
import org.portcullis.core.requests.ObjectKind;
import org.portcullis.inventory.Inventory;
import org.portcullis.requests.ChangeRequests;
import org.portcullis.requests.ItemDraft;
import org.portcullis.ui.components.Fields;
import org.portcullis.ui.components.RequestDialog;

import java.time.Clock;
import java.util.List;
import java.util.function.LongConsumer;

/** "Let workload A call workload B": a request for a service permission. */
public final class PermissionForm {

    private static final String UNCHANGED = "unchanged";

    private PermissionForm() {
    }

    public static RequestDialog open(Inventory inventory, ChangeRequests requests, String source, String destination,
                                     LongConsumer onSubmitted) {
        return open(inventory, requests, source, destination, null, onSubmitted);
    }

    /** Change an existing permission (e.g. switch it from dry-run to enforced), or ask to revoke it. */
    public static RequestDialog edit(Inventory inventory, ChangeRequests requests, ServicePermissionSpec existing) {
        return open(inventory, requests, existing.source(), existing.destination(), existing, id -> { });
    }

    private static RequestDialog open(Inventory inventory, ChangeRequests requests, String source, String destination,
                                      ServicePermissionSpec existing, LongConsumer onSubmitted) {
        var from = workloads(inventory, "permission-source", "Calling workload (source)", source);
        var to = workloads(inventory, "permission-destination", "Called workload (destination)", destination);
        var methods = Fields.text("permission-methods", "HTTP methods");
        methods.setHelperText("e.g. GET, POST — empty means any method");
        var paths = Fields.text("permission-paths", "Paths");
        paths.setHelperText("exact /v1/generate, prefix /v1/*, suffix */status or * — empty means any path");
        var ports = Fields.text("permission-ports", "Ports");
        ports.setHelperText("empty means any port");
        var role = new ComboBox<String>("End-user role required");
        role.setId("permission-requiredRole");
        role.setItems(inventory.names(ObjectKind.ROLE, "", 500));
        role.setClearButtonVisible(true);
        role.setHelperText("optional: the caller's request must carry a JWT with this role");
        var duration = Durations.select("permission-duration", "permanently");
        var dryRun = new Checkbox("Dry run: observe in Istio before enforcing");
        dryRun.setId("permission-dryRun");

        if (existing != null) {
            from.setReadOnly(true);
            to.setReadOnly(true);
            methods.setValue(String.join(", ", existing.methods()));
            paths.setValue(String.join(", ", existing.paths()));
            ports.setValue(Fields.join(existing.ports()));
            if (existing.requiredRole() != null) {
                role.setValue(existing.requiredRole());
            }
            var choices = new java.util.ArrayList<String>();
            choices.add(UNCHANGED);
            choices.addAll(Durations.CHOICES.keySet());
            duration.setItems(choices);
            duration.setValue(UNCHANGED);
            dryRun.setValue(existing.dryRun());
        }
        var heading = existing == null ? "Let a workload call another"
                : "Permission " + existing.source() + " → " + existing.destination();
        var dialog = new RequestDialog(heading, requests, () -> {
            var expiresAt = UNCHANGED.equals(duration.getValue()) ? existing.expiresAt()
                    : java.util.Optional.ofNullable(Durations.CHOICES.get(duration.getValue()))
                    .map(d -> Clock.systemUTC().instant().plus(d)).orElse(null);
            var spec = new ServicePermissionSpec(from.getValue(), to.getValue(), Fields.list(methods.getValue()),
                    Fields.list(paths.getValue()), Fields.ports("ports", ports.getValue()), role.getValue(),
                    expiresAt, dryRun.getValue());
            return List.of(existing == null ? ItemDraft.create(spec) : ItemDraft.update(spec));
        }, onSubmitted);
        dialog.offerDeletion("Request revocation", existing);
        dialog.field("source", from);
        dialog.field("destination", to);
        dialog.field("methods", methods);
        dialog.field("paths", paths);
        dialog.field("ports", ports);
        dialog.field("requiredRole", role);
        dialog.field("expiresAt", duration);
        dialog.addInfo(dryRun);
        dialog.open();
        return dialog;
    }

    private static ComboBox<String> workloads(Inventory inventory, String id, String label, String value) {
        var box = new ComboBox<String>(label);
        box.setId(id);
        box.setItems(query -> inventory.names(ObjectKind.WORKLOAD, query.getFilter().orElse(""),
                query.getOffset() + query.getLimit()).stream().skip(query.getOffset()));
        if (value != null) {
            box.setValue(value);
        }
        return box;
    }
}
