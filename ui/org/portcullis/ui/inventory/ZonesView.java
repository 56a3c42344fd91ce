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

/** Trust boundaries; their sensitivity drives the approval rules. */
@Route(value = "zones", layout = MainLayout.class)
@PageTitle("Trust zones · Portcullis")
@CdiComponent
public class ZonesView extends VerticalLayout {

    @Inject
    public ZonesView(Inventory inventory, ChangeRequests requests) {
        setSizeFull();
        var grid = new FilteredGrid<>("zones", InventoryRows.Zone.class, inventory::zones);
        var g = grid.grid();
        g.addColumn(InventoryRows.Zone::name).setHeader("Name").setKey("name").setSortable(true);
        g.addComponentColumn(z -> Badges.sensitivity(z.sensitivity())).setHeader("Sensitivity").setKey("sensitivity").setSortable(true);
        g.addColumn(z -> z.mtlsMode().name()).setHeader("mTLS").setKey("mtlsMode").setSortable(true);
        g.addColumn(InventoryRows.Zone::workloads).setHeader("Workloads");
        g.addColumn(InventoryRows.Zone::description).setHeader("Description").setFlexGrow(3);
        g.addItemClickListener(e -> SimpleForms.zone(inventory, requests, e.getItem().name()));
        var create = new Button("New trust zone", e -> SimpleForms.zone(inventory, requests, null));
        create.setId("create-zones");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(new H2("Trust zones"), create);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header, grid);
        setFlexGrow(1, grid);
    }
}
