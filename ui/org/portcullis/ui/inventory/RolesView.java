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

/** Roles granted to people and workloads, the portal roles among them. */
@Route(value = "roles", layout = MainLayout.class)
@PageTitle("Roles · Portcullis")
@CdiComponent
public class RolesView extends VerticalLayout {

    @Inject
    public RolesView(Inventory inventory, ChangeRequests requests) {
        setSizeFull();
        var grid = new FilteredGrid<>("roles", InventoryRows.Role.class, inventory::roles);
        var g = grid.grid();
        g.addColumn(InventoryRows.Role::name).setHeader("Name").setKey("name").setSortable(true);
        g.addColumn(InventoryRows.Role::holders).setHeader("Holders");
        g.addColumn(InventoryRows.Role::description).setHeader("Description").setFlexGrow(3);
        g.addItemClickListener(e -> SimpleForms.role(inventory, requests, e.getItem().name()));
        var create = new Button("New role", e -> SimpleForms.role(inventory, requests, null));
        create.setId("create-roles");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(new H2("Roles"), create);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header, grid);
        setFlexGrow(1, grid);
    }
}
