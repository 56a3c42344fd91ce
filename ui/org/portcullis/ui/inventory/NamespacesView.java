package org.portcullis.ui.inventory;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.portcullis.inventory.Inventory;
import org.portcullis.inventory.InventoryRows;
import org.portcullis.requests.ChangeRequests;
import org.portcullis.ui.components.FilteredGrid;
import org.portcullis.ui.shell.MainLayout;

/** Namespaces and how their authorization policies are rolled out: enforced, or observed in dry-run first. */
@Route(value = "namespaces", layout = MainLayout.class)
@PageTitle("Namespaces · Portcullis")
@CdiComponent
public class NamespacesView extends VerticalLayout {

    @Inject
    public NamespacesView(Inventory inventory, ChangeRequests requests) {
        setSizeFull();
        var grid = new FilteredGrid<>("namespaces", InventoryRows.Namespace.class, inventory::namespaces);
        var g = grid.grid();
        g.addColumn(InventoryRows.Namespace::name).setHeader("Namespace").setKey("name").setSortable(true);
        g.addComponentColumn(NamespacesView::mode).setHeader("Authorization policies").setKey("dryRun")
                .setSortable(true);
        g.addColumn(InventoryRows.Namespace::workloads).setHeader("Workloads").setKey("workloads").setSortable(true);
        g.addColumn(InventoryRows.Namespace::description).setHeader("Note").setFlexGrow(3);
        g.addItemClickListener(e -> SimpleForms.namespace(inventory, requests, e.getItem().name()));
        var hint = new Paragraph("Namespaces come from the workloads registered in them. Click one to request that its"
                + " authorization policies run in Istio dry-run (evaluated and logged, not enforced) or are enforced"
                + " again. Permissions can also be put in dry-run one by one.");
        hint.addClassName("page-hint");
        add(new H2("Namespaces"), hint, grid);
        setFlexGrow(1, grid);
    }

    private static Span mode(InventoryRows.Namespace namespace) {
        var badge = new Span(namespace.dryRun() ? "Dry-run" : "Enforced");
        badge.getElement().getThemeList().add(namespace.dryRun() ? "badge" : "badge success");
        badge.addClassName(namespace.dryRun() ? "namespace-dry-run" : "namespace-enforced");
        return badge;
    }
}
