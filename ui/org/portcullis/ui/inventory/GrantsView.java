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

/** Kubernetes API access of workloads: each grant becomes a Role and a RoleBinding. */
@Route(value = "cluster-access", layout = MainLayout.class)
@PageTitle("Cluster access · Portcullis")
@CdiComponent
public class GrantsView extends VerticalLayout {

    @Inject
    public GrantsView(Inventory inventory, ChangeRequests requests) {
        setSizeFull();
        var grid = new FilteredGrid<>("cluster-access", InventoryRows.Grant.class, inventory::grants);
        var g = grid.grid();
        g.addColumn(InventoryRows.Grant::name).setHeader("Grant").setKey("name").setSortable(true);
        g.addColumn(InventoryRows.Grant::namespace).setHeader("Namespace").setKey("namespace").setSortable(true);
        g.addColumn(InventoryRows.Grant::workload).setHeader("Workload").setKey("workload").setSortable(true);
        g.addColumn(x -> Fields.join(x.verbs())).setHeader("Verbs");
        g.addColumn(x -> Fields.join(x.apiGroups().stream().map(a -> a.isEmpty() ? "core" : a).toList())).setHeader("API groups");
        g.addColumn(x -> Fields.join(x.resources())).setHeader("Resources");
        g.addColumn(x -> Badges.expiry(x.expiresAt())).setHeader("Valid").setKey("expiresAt").setSortable(true);
        g.addItemClickListener(e -> SimpleForms.revokeGrant(requests, e.getItem()));
        var create = new Button("New grant", e -> SimpleForms.grant(inventory, requests));
        create.setId("create-cluster-access");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(new H2("Cluster access"), create);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header, grid);
        setFlexGrow(1, grid);
    }
}
