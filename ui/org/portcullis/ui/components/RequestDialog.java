package org.portcullis.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.portcullis.core.validation.FieldError;
import org.portcullis.requests.ChangeRequests;
import org.portcullis.requests.InvalidChangeException;
import org.portcullis.requests.ItemDraft;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * A form whose "Submit request" turns the fields into a change request and then shows that request. Nothing changes
 * until someone approves it; each validation message appears next to the field it is about, and nothing is saved while
 * any is shown.
 */
public class RequestDialog extends Dialog {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final TextArea justification = new TextArea("Justification");
    private final Paragraph otherErrors = new Paragraph();
    private final FormLayout form = new FormLayout();
    private final ChangeRequests requests;

    public RequestDialog(String heading, ChangeRequests requests,
                         Supplier<List<ItemDraft>> drafts, LongConsumer onSubmitted) {
        this.requests = requests;
        setHeaderTitle(heading);
        setId("request-dialog");
        setWidth("640px");
        justification.setId("justification");
        justification.setWidthFull();
        justification.setPlaceholder("Why is this change needed? Approvers read this.");
        justification.setMaxLength(4000);
        otherErrors.setId("request-errors");
        otherErrors.getStyle().set("color", "var(--lumo-error-text-color)");
        otherErrors.setVisible(false);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(form, justification, otherErrors);
        fields.put("justification", justification);

        var submit = new Button("Submit request", e -> {
            clearErrors();
            try {
                long id = requests.submit(null, justification.getValue(), drafts.get());
                close();
                Notifications.success("Request #" + id + " submitted. Nothing changes until it is approved.");
                onSubmitted.accept(id);
                getUI().or(() -> java.util.Optional.ofNullable(com.vaadin.flow.component.UI.getCurrent()))
                        .ifPresent(ui -> ui.navigate("requests/" + id));
            } catch (InvalidChangeException invalid) {
                show(invalid.errors());
            }
        });
        submit.setId("submit-request");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", e -> close());
        cancel.setId("cancel-request");
        getFooter().add(cancel, submit);
    }

    /**
     * Adds "Request deletion" to an edit form: it closes this form and opens a request to delete {@code existing}
     * (nothing is removed until that request is approved). Does nothing for a create form ({@code existing} null).
     */
    public RequestDialog offerDeletion(String label, Object existing) {
        if (existing == null) {
            return this;
        }
        var delete = new Button(label, e -> {
            close();
            forDeletion(requests, label + ": " + ItemDraft.kindOf(existing).label().toLowerCase() + " "
                    + ItemDraft.keyOf(existing), existing).open();
        });
        delete.setId("request-deletion");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        getFooter().addComponentAsFirst(delete);
        return this;
    }

    /** A request whose only item deletes {@code spec}; the form asks just for the justification. */
    public static RequestDialog forDeletion(ChangeRequests requests, String heading, Object spec) {
        var dialog = new RequestDialog(heading, requests, () -> List.of(ItemDraft.delete(spec)), id -> { });
        dialog.addInfo(new Paragraph("This asks for the removal; it takes effect once approved."));
        return dialog;
    }

    /** Adds a field whose validation messages arrive under {@code name} (a record component name of the spec). */
    public <C extends Component & HasValidation> C field(String name, C component) {
        fields.put(name, component);
        form.add(component);
        return component;
    }

    public void addInfo(Component component) {
        form.add(component, 2);
    }

    private void clearErrors() {
        fields.values().forEach(f -> f.setInvalid(false));
        otherErrors.setVisible(false);
    }

    private void show(List<FieldError> errors) {
        var unplaced = new StringBuilder();
        for (FieldError error : errors) {
            var field = fields.get(error.field());
            if (field != null) {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            } else {
                unplaced.append(error.message()).append(' ');
            }
        }
        if (!unplaced.isEmpty()) {
            otherErrors.setText(unplaced.toString().strip());
            otherErrors.setVisible(true);
        }
    }
}
