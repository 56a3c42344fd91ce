package org.portcullis.ui.audit;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.enterprise.inject.spi.CDI;
import org.portcullis.audit.AuditFilter;
import org.portcullis.audit.AuditHistory;
import org.portcullis.audit.AuditViews;

/**
 * The "History" section of an object's page: its newest audit events, with a link to all of them. Shown only to
 * those who may read the audit history; empty for everyone else. Looks its facade up itself, so an object page
 * embeds it with one line and no new constructor parameter.
 */
public class ObjectHistory extends Composite<VerticalLayout> {

    private static final int SHOWN = 20;

    public ObjectHistory(String objectType, String objectName) {
        var history = CDI.current().select(AuditHistory.class).get();
        var layout = getContent();
        layout.setPadding(false);
        layout.setId("object-history");
        if (!history.mayRead()) {
            setVisible(false);
            return;
        }
        var grid = new Grid<AuditViews.Row>();
        grid.setId("object-history-grid");
        grid.addColumn(r -> AuditFormat.when(r.at())).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditViews.Row::actor).setHeader("Actor").setAutoWidth(true);
        grid.addColumn(AuditViews.Row::action).setHeader("Action").setAutoWidth(true);
        grid.addComponentColumn(r -> r.changeRequest() == null ? new Span() : AuditFormat.request(r.changeRequest()))
                .setHeader("Request").setAutoWidth(true);
        grid.setItems(history.history(objectType, objectName, SHOWN));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No recorded changes.");
        grid.addItemClickListener(e -> history.event(e.getItem().sequence()).ifPresent(EventDialog::open));
        var all = new Anchor("audit?" + AuditFilter.object(objectType, objectName).toQueryString(),
                "All events of " + objectName + " in the audit history");
        all.setId("object-history-all");
        layout.add(new H3("History"), grid, all);
    }
}
