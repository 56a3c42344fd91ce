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

/** Human identities. */
@Route(value = "people", layout = MainLayout.class)
@PageTitle("People · Portcullis")
@CdiComponent
public class PeopleView extends VerticalLayout {

    @Inject
    public PeopleView(Inventory inventory, ChangeRequests requests) {
        setSizeFull();
        var grid = new FilteredGrid<>("people", InventoryRows.Person.class, inventory::people);
        var g = grid.grid();
        g.addColumn(InventoryRows.Person::username).setHeader("Username").setKey("username").setSortable(true);
        g.addColumn(InventoryRows.Person::displayName).setHeader("Name").setKey("displayName").setSortable(true);
        g.addColumn(InventoryRows.Person::email).setHeader("Email").setKey("email").setSortable(true);
        g.addColumn(p -> p.enabled() ? "enabled" : "disabled").setHeader("Status").setKey("enabled").setSortable(true);
        g.addItemClickListener(e -> SimpleForms.person(inventory, requests, e.getItem().username()));
        var create = new Button("New person", e -> SimpleForms.person(inventory, requests, null));
        create.setId("create-people");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(new H2("People"), create);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header, grid);
        setFlexGrow(1, grid);
    }
}
