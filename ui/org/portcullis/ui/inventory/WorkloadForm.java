package org.portcullis.ui.inventory;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import org.portcullis.core.model.DataClassification;
import org.portcullis.core.model.WorkloadSpec;
import org.portcullis.core.requests.ObjectKind;
import org.portcullis.inventory.Inventory;
import org.portcullis.requests.ChangeRequests;
import org.portcullis.requests.ItemDraft;
import org.portcullis.ui.components.Fields;
import org.portcullis.ui.components.RequestDialog;

import java.util.List;
import java.util.function.LongConsumer;

/** Register a workload, or change one: either way the result is a change request. */
public final class WorkloadForm {

    private WorkloadForm() {
    }

    /** @param existing the workload to edit, or null to register a new one */
    public static RequestDialog open(Inventory inventory, ChangeRequests requests, WorkloadSpec existing,
                                     String defaultOwner, LongConsumer onSubmitted) {
        var name = Fields.text("workload-name", "Name");
        var namespace = Fields.text("workload-namespace", "Namespace");
        var serviceAccount = Fields.text("workload-serviceAccount", "Service account");
        var zone = new ComboBox<String>("Trust zone");
        zone.setId("workload-trustZone");
        zone.setItems(inventory.names(ObjectKind.TRUST_ZONE, "", 500));
        var classification = new Select<DataClassification>();
        classification.setLabel("Data classification");
        classification.setId("workload-classification");
        classification.setItems(DataClassification.values());
        classification.setValue(DataClassification.INTERNAL);
        var owner = new ComboBox<String>("Owner");
        owner.setId("workload-owner");
        owner.setItems(query -> inventory.names(ObjectKind.PERSON, query.getFilter().orElse(""),
                query.getOffset() + query.getLimit()).stream().skip(query.getOffset()));
        var selector = Fields.text("workload-selector", "Pod selector labels");
        selector.setHelperText("key=value pairs, comma-separated, e.g. app=llm-service");
        var ports = Fields.text("workload-ports", "Ports");
        ports.setHelperText("e.g. 8080, 9090");
        var jwt = new Checkbox("Callers must present an end-user JWT");
        jwt.setId("workload-acceptsEndUserJwt");

        if (existing != null) {
            name.setValue(existing.name());
            name.setReadOnly(true);
            namespace.setValue(existing.namespace());
            serviceAccount.setValue(existing.serviceAccount());
            zone.setValue(existing.trustZone());
            classification.setValue(existing.classification());
            owner.setValue(existing.owner());
            selector.setValue(String.join(",", existing.selector().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList()));
            ports.setValue(Fields.join(existing.ports()));
            jwt.setValue(existing.acceptsEndUserJwt());
        } else if (defaultOwner != null) {
            owner.setValue(defaultOwner);
        }
        name.addValueChangeListener(e -> {
            if (serviceAccount.isEmpty() && !e.getValue().isBlank()) {
                serviceAccount.setValue(e.getValue());
            }
            if (selector.isEmpty() && !e.getValue().isBlank()) {
                selector.setValue("app=" + e.getValue());
            }
        });

        var dialog = new RequestDialog(existing == null ? "Register a workload" : "Change workload " + existing.name(),
                requests, () -> {
            var spec = new WorkloadSpec(name.getValue().strip(), namespace.getValue().strip(),
                    serviceAccount.getValue().strip(), zone.getValue(), classification.getValue(), owner.getValue(),
                    Fields.labels("selector", selector.getValue()), Fields.ports("ports", ports.getValue()),
                    jwt.getValue());
            return List.of(existing == null ? ItemDraft.create(spec) : ItemDraft.update(spec));
        }, onSubmitted);
        dialog.field("name", name);
        dialog.field("namespace", namespace);
        dialog.field("serviceAccount", serviceAccount);
        dialog.field("trustZone", zone);
        dialog.field("classification", classification);
        dialog.field("owner", owner);
        dialog.field("selector", selector);
        dialog.field("ports", ports);
        dialog.addInfo(jwt);
        dialog.open();
        return dialog;
    }
}
