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

/** Who holds which role, and until when. */
@Route(value = "assignments", layout = MainLayout.class)
@PageTitle("Role assignments · Portcullis")
@CdiComponent
public class AssignmentsView extends VerticalLayout {

    @Inject
    public AssignmentsView(Inventory inventory, ChangeRequests requests) {
        setSizeFull();
        var grid = new FilteredGrid<>("assignments", InventoryRows.Assignment.class, inventory::assignments);
        var g = grid.grid();
        g.addColumn(InventoryRows.Assignment::role).setHeader("Role").setKey("role").setSortable(true);
        g.addColumn(a -> a.subjectKind().name().toLowerCase()).setHeader("Kind");
        g.addColumn(InventoryRows.Assignment::subject).setHeader("Granted to");
        g.addColumn(a -> Badges.expiry(a.expiresAt())).setHeader("Valid").setKey("expiresAt").setSortable(true);
        g.addItemClickListener(e -> SimpleForms.revokeAssignment(requests, e.getItem()));
        var create = new Button("Grant a role", e -> SimpleForms.assignment(inventory, requests));
        create.setId("create-assignments");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(new H2("Role assignments"), create);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header, grid);
        setFlexGrow(1, grid);
    }
}
