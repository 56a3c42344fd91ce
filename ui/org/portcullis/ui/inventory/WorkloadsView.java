package org.portcullis.ui.inventory;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.inject.Inject;
import org.portcullis.inventory.Inventory;
import org.portcullis.inventory.InventoryRows;
import org.portcullis.requests.ChangeRequests;
import org.portcullis.security.CurrentUser;
import org.portcullis.ui.components.FilteredGrid;
import org.portcullis.ui.shell.MainLayout;

/** All workloads (machine identities), with their derived mesh identity. */
@Route(value = "workloads", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@PageTitle("Workloads · Portcullis")
@CdiComponent
public class WorkloadsView extends VerticalLayout {

    @Inject
    public WorkloadsView(Inventory inventory, ChangeRequests requests, CurrentUser currentUser) {
        setSizeFull();
        var grid = new FilteredGrid<>("workloads", InventoryRows.Workload.class, inventory::workloads);
        var g = grid.grid();
        g.addColumn(InventoryRows.Workload::name).setHeader("Name").setKey("name").setSortable(true).setAutoWidth(true);
        g.addColumn(InventoryRows.Workload::namespace).setHeader("Namespace").setKey("namespace").setSortable(true)
                .setAutoWidth(true);
        g.addColumn(InventoryRows.Workload::zone).setHeader("Trust zone").setKey("zone").setSortable(true)
                .setAutoWidth(true);
        g.addComponentColumn(w -> Badges.sensitivity(w.sensitivity())).setHeader("Sensitivity").setAutoWidth(true);
        g.addColumn(w -> w.classification().name()).setHeader("Data").setKey("classification").setSortable(true)
                .setAutoWidth(true);
        g.addColumn(InventoryRows.Workload::owner).setHeader("Owner").setKey("owner").setSortable(true)
                .setAutoWidth(true);
        g.addComponentColumn(w -> {
            var id = new Span(w.meshIdentity());
            id.addClassName("mesh-identity");
            return id;
        }).setHeader("Mesh identity").setAutoWidth(true);
        g.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(WorkloadView.class, new com.vaadin.flow.router.RouteParameters("name", e.getItem().name()))));

        var register = new Button("Register workload", e -> WorkloadForm.open(inventory, requests, null,
                currentUser.username().orElse(null), id -> { }));
        register.setId("register-workload");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(new H2("Workloads"), register);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header, grid);
        setFlexGrow(1, grid);
    }
}
