package org.portcullis.ui.requests;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import org.portcullis.core.requests.RequestState;
import org.portcullis.requests.RequestViews;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A grid of requests; a click opens the request. */
final class RequestList {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private RequestList() {
    }

    static Grid<RequestViews.Summary> grid(String id, List<RequestViews.Summary> rows, String empty) {
        var grid = new Grid<RequestViews.Summary>();
        grid.setId(id);
        grid.addColumn(r -> "#" + r.id()).setHeader("Request").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RequestViews.Summary::title).setHeader("Change").setFlexGrow(3);
        grid.addColumn(RequestViews.Summary::requester).setHeader("Requested by");
        grid.addComponentColumn(r -> state(r.state())).setHeader("State");
        grid.addColumn(RequestViews.Summary::waitingFor).setHeader("Waiting for");
        grid.addColumn(r -> WHEN.format(r.createdAt())).setHeader("Created");
        grid.setItems(rows);
        grid.setEmptyStateText(empty);
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate(RequestView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));
        return grid;
    }

    static Span state(RequestState state) {
        var badge = new Span(state.name().toLowerCase());
        badge.addClassName("request-state");
        badge.getElement().getThemeList().add(switch (state) {
            case APPLIED, APPROVED -> "badge success";
            case REJECTED, FAILED -> "badge error";
            case WITHDRAWN -> "badge contrast";
            case PENDING -> "badge";
        });
        return badge;
    }
}
