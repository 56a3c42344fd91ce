package org.portcullis.ui.requests;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.portcullis.core.requests.ObjectKind;
import org.portcullis.core.validation.FieldError;
import org.portcullis.inventory.Inventory;
import org.portcullis.requests.ChangeRequests;
import org.portcullis.requests.InvalidChangeException;
import org.portcullis.security.CurrentUser;
import org.portcullis.ui.components.Notifications;
import org.portcullis.ui.inventory.WorkloadForm;
import org.portcullis.ui.shell.MainLayout;

import java.util.Map;

/** Self-service: what an engineer can ask for without knowing the inventory's internals. */
@Route(value = "request", layout = MainLayout.class)
@PageTitle("Request access · Portcullis")
@CdiComponent
public class CatalogueView extends VerticalLayout {

    private final ChangeRequests requests;

    @Inject
    public CatalogueView(Inventory inventory, ChangeRequests requests, CurrentUser currentUser) {
        this.requests = requests;
        var cards = new FlexLayout(roleCard(inventory), card("Let my workload call another",
                        "Allow one workload to call another with given methods, paths and ports. The owner of the "
                                + "called workload approves first, then a security admin.",
                        "catalogue-permission", "Request a call permission",
                        () -> PermissionForm.open(inventory, requests, null, null, this::openRequest)),
                card("Register a new workload", "Add a machine identity: namespace, service account, trust zone "
                                + "and data classification. Its mesh identity is derived from them.",
                        "catalogue-workload", "Register a workload",
                        () -> WorkloadForm.open(inventory, requests, null, currentUser.username().orElse(null),
                                this::openRequest)));
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-l)");
        add(new H2("Request access"), new Paragraph("Every request is reviewed by someone else before it takes effect."),
                cards);
    }

    private VerticalLayout roleCard(Inventory inventory) {
        var role = new ComboBox<String>("Role");
        role.setId("catalogue-role");
        role.setItems(inventory.names(ObjectKind.ROLE, "", 500));
        role.setWidthFull();
        var duration = Durations.select("catalogue-duration", "8 hours");
        var justification = new TextArea("Justification");
        justification.setId("catalogue-justification");
        justification.setWidthFull();
        justification.setPlaceholder("What do you need it for?");
        Map<String, HasValidation> fields = Map.of("role", role, "expiresAt", duration, "justification", justification);
        var submit = new Button("Request role", e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            if (role.isEmpty()) {
                role.setErrorMessage("Choose the role you need.");
                role.setInvalid(true);
                return;
            }
            try {
                long id = requests.requestRoleForMe(role.getValue(), Durations.CHOICES.get(duration.getValue()),
                        justification.getValue());
                justification.clear();
                Notifications.success("Request #" + id + " submitted. Nothing changes until it is approved.");
                openRequest(id);
            } catch (InvalidChangeException invalid) {
                for (FieldError error : invalid.errors()) {
                    var field = fields.getOrDefault(error.field(), role);
                    field.setErrorMessage(error.message());
                    field.setInvalid(true);
                }
            }
        });
        submit.setId("catalogue-request-role");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var card = new VerticalLayout(new H3("A role for me"),
                new Paragraph("Time-bound roles are revoked automatically when they expire."), role, duration,
                justification, submit);
        return styled(card, "catalogue-role-card");
    }

    private VerticalLayout card(String title, String text, String id, String action, Runnable open) {
        var button = new Button(action, e -> open.run());
        button.setId(id);
        return styled(new VerticalLayout(new H3(title), new Paragraph(text), button), id + "-card");
    }

    private static VerticalLayout styled(VerticalLayout card, String id) {
        card.setId(id);
        card.setWidth("22em");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)");
        return card;
    }

    private void openRequest(long id) {
        getUI().ifPresent(ui -> ui.navigate(RequestView.class, new com.vaadin.flow.router.RouteParameters("id", String.valueOf(id))));
    }
}
