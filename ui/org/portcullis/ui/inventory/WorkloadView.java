package org.portcullis.ui.inventory;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.portcullis.inventory.Inventory;
import org.portcullis.inventory.InventoryRows;
import org.portcullis.requests.ChangeRequests;
import org.portcullis.security.CurrentUser;
import org.portcullis.ui.components.Fields;
import org.portcullis.ui.components.RequestDialog;
import org.portcullis.ui.requests.PermissionForm;
import org.portcullis.ui.shell.MainLayout;

import java.util.List;

/** One workload: its derived mesh identity, owner, who may call it and whom it may call. */
@Route(value = "workloads/:name", layout = MainLayout.class)
@PageTitle("Workload · Portcullis")
@CdiComponent
public class WorkloadView extends VerticalLayout implements BeforeEnterObserver {

    private final Inventory inventory;
    private final ChangeRequests requests;
    private final CurrentUser currentUser;

    @Inject
    public WorkloadView(Inventory inventory, ChangeRequests requests, CurrentUser currentUser) {
        this.inventory = inventory;
        this.requests = requests;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var name = event.getRouteParameters().get("name").orElse("");
        removeAll();
        inventory.workload(name).ifPresentOrElse(this::show,
                () -> add(new H2("No workload " + name), new Paragraph("It may have been deleted.")));
    }

    private void show(InventoryRows.WorkloadDetail w) {
        var spec = w.spec();
        var identity = new Span(w.meshIdentity());
        identity.setId("mesh-identity");
        identity.addClassName("mesh-identity");
        var facts = new VerticalLayout(
                line("Mesh identity", identity),
                line("Namespace / service account", new Span(spec.namespace() + " / " + spec.serviceAccount())),
                line("Trust zone", new Span(spec.trustZone()), Badges.sensitivity(w.zoneSensitivity())),
                line("Data classification", new Span(spec.classification().name())),
                line("Owner", owner(spec.owner(), w.ownerName())),
                line("Selector", new Span(Fields.join(spec.selector().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).toList()))),
                line("Ports", new Span(Fields.join(spec.ports()))),
                line("End-user JWT required", new Span(spec.acceptsEndUserJwt() ? "yes" : "no")));
        facts.setPadding(false);
        facts.setSpacing(false);

        var edit = new Button("Request change", e -> WorkloadForm.open(inventory, requests, spec, null, id -> { }));
        edit.setId("edit-workload");
        var delete = new Button("Request deletion", e -> {
            var dialog = RequestDialog.forDeletion(requests, "Delete workload " + spec.name(), spec);
            dialog.addInfo(new Paragraph("Permissions, role assignments and cluster grants of this workload must be "
                    + "removed first."));
            dialog.open();
        });
        delete.setId("delete-workload");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var callThis = new Button("Request: let a workload call this", e ->
                PermissionForm.open(inventory, requests, null, spec.name(), id -> { }));
        callThis.setId("request-caller");

        var callers = permissions("callers", w.callers(), true);
        var callees = permissions("callees", w.callees(), false);
        add(new H2(spec.name()), facts, new HorizontalLayout(edit, callThis, delete),
                new H3("Who may call " + spec.name()), callers,
                new H3("Whom " + spec.name() + " may call"), callees,
                new H3("Roles of this workload"), assignments(w.roles()),
                new H3("Kubernetes API access"), grants(w.grants()),
                new org.portcullis.ui.audit.ObjectHistory("WORKLOAD", spec.name()));
    }

    private static HorizontalLayout line(String label, com.vaadin.flow.component.Component... values) {
        var l = new Span(label);
        l.setWidth("16em");
        l.getStyle().set("color", "var(--lumo-secondary-text-color)");
        var row = new HorizontalLayout(l);
        row.add(values);
        return row;
    }

    private static Span owner(String username, String displayName) {
        return new Span(displayName + " (" + username + ")");
    }

    private Grid<InventoryRows.Permission> permissions(String id, List<InventoryRows.Permission> rows, boolean callers) {
        var grid = new Grid<InventoryRows.Permission>();
        grid.setId(id + "-grid");
        grid.addComponentColumn(p -> {
            var other = callers ? p.source() : p.destination();
            return new Anchor("workloads/" + other, other);
        }).setHeader(callers ? "Caller" : "Called workload");
        grid.addColumn(p -> p.methods().isEmpty() ? "any" : Fields.join(p.methods())).setHeader("Methods");
        grid.addColumn(p -> p.paths().isEmpty() ? "any" : Fields.join(p.paths())).setHeader("Paths");
        grid.addColumn(p -> p.ports().isEmpty() ? "any" : Fields.join(p.ports())).setHeader("Ports");
        grid.addColumn(p -> p.requiredRole() == null ? "" : p.requiredRole()).setHeader("End-user role");
        grid.addColumn(p -> Badges.expiry(p.expiresAt())).setHeader("Valid");
        grid.addColumn(p -> p.dryRun() ? "dry-run" : "enforced").setHeader("Mode");
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(callers ? "Nothing may call this workload." : "This workload may not call anything.");
        return grid;
    }

    private static Grid<InventoryRows.Assignment> assignments(List<InventoryRows.Assignment> rows) {
        var grid = new Grid<InventoryRows.Assignment>();
        grid.setId("workload-roles-grid");
        grid.addColumn(InventoryRows.Assignment::role).setHeader("Role");
        grid.addColumn(a -> Badges.expiry(a.expiresAt())).setHeader("Valid");
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No roles.");
        return grid;
    }

    private static Grid<InventoryRows.Grant> grants(List<InventoryRows.Grant> rows) {
        var grid = new Grid<InventoryRows.Grant>();
        grid.setId("workload-grants-grid");
        grid.addColumn(InventoryRows.Grant::name).setHeader("Grant");
        grid.addColumn(InventoryRows.Grant::namespace).setHeader("Namespace");
        grid.addColumn(g -> Fields.join(g.verbs())).setHeader("Verbs");
        grid.addColumn(g -> Fields.join(g.resources())).setHeader("Resources");
        grid.addColumn(g -> Badges.expiry(g.expiresAt())).setHeader("Valid");
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No Kubernetes API access.");
        return grid;
    }
}
