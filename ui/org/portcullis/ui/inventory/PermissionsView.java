package org.portcullis.ui.inventory;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.portcullis.inventory.Inventory;
import org.portcullis.inventory.InventoryRows;
import org.portcullis.requests.ChangeRequests;
import org.portcullis.ui.components.Fields;
import org.portcullis.ui.components.FilteredGrid;
import org.portcullis.ui.shell.MainLayout;

/** Which workload may call which, with what. */
@Route(value = "permissions", layout = MainLayout.class)
@PageTitle("Service permissions · Portcullis")
@CdiComponent
public class PermissionsView extends VerticalLayout {

    @Inject
    public PermissionsView(Inventory inventory, ChangeRequests requests) {
        setSizeFull();
        var grid = new FilteredGrid<>("permissions", InventoryRows.Permission.class, inventory::permissions);
        var g = grid.grid();
        g.addColumn(InventoryRows.Permission::source).setHeader("Caller").setKey("source").setSortable(true);
        g.addColumn(InventoryRows.Permission::destination).setHeader("Called").setKey("destination").setSortable(true);
        g.addColumn(p -> p.methods().isEmpty() ? "any" : Fields.join(p.methods())).setHeader("Methods");
        g.addColumn(p -> p.paths().isEmpty() ? "any" : Fields.join(p.paths())).setHeader("Paths");
        g.addColumn(p -> p.ports().isEmpty() ? "any" : Fields.join(p.ports())).setHeader("Ports");
        g.addColumn(p -> p.requiredRole() == null ? "" : p.requiredRole()).setHeader("End-user role");
        g.addColumn(p -> Badges.expiry(p.expiresAt())).setHeader("Valid").setKey("expiresAt").setSortable(true);
        g.addColumn(p -> p.dryRun() ? "dry-run" : "enforced").setHeader("Mode");
        g.addItemClickListener(e -> org.portcullis.ui.requests.PermissionForm.edit(inventory, requests,
                SimpleForms.spec(e.getItem())));
        var create = new Button("Let a workload call another", e -> org.portcullis.ui.requests.PermissionForm.open(inventory, requests, null, null, id -> { }));
        create.setId("create-permissions");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(new H2("Service permissions"), create);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header, grid);
        setFlexGrow(1, grid);
    }
}
