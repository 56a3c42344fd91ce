package org.portcullis.ui.audit;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.portcullis.audit.AuditFilter;
import org.portcullis.audit.AuditHistory;
import org.portcullis.audit.AuditQueries;
import org.portcullis.audit.AuditViews;
import org.portcullis.core.model.RoleSpec;
import org.portcullis.ui.shell.MainLayout;
import org.portcullis.ui.shell.RequiresRole;

/**
 * The whole audit history, newest first, loaded page by page: filters, one event in full, verification of the
 * chain, CSV/JSON export of what the filters select, and the point-in-time access question.
 */
@Route(value = "audit", layout = MainLayout.class)
@PageTitle("Audit history · Portcullis")
@RequiresRole({RoleSpec.SECURITY_ADMIN, RoleSpec.AUDITOR})
@CdiComponent
public class AuditView extends VerticalLayout implements BeforeEnterObserver {

    private final AuditHistory history;
    private final AuditFilterBar filters;
    private final Grid<AuditViews.Row> grid = new Grid<>();
    private final Span count = new Span();
    private final Span verifyResult = new Span();
    private final com.vaadin.flow.component.progressbar.ProgressBar verifying =
            new com.vaadin.flow.component.progressbar.ProgressBar();
    private final Anchor csv = export("CSV", "csv");
    private final Anchor json = export("JSON", "json");

    @Inject
    public AuditView(AuditHistory history) {
        this.history = history;
        this.filters = new AuditFilterBar(history.actions(), history.objectTypes(), this::refresh);
        setSizeFull();
        count.setId("audit-count");
        count.getStyle().set("white-space", "nowrap");
        verifyResult.setId("audit-verify-result");
        var verify = new Button("Verify chain", VaadinIcon.SHIELD.create());
        verify.addClickListener(e -> verifyInBackground(verify));
        verify.setId("audit-verify");
        verifying.setIndeterminate(true);
        verifying.setWidth("8em");
        verifying.setVisible(false);
        verifying.setId("audit-verify-progress");
        history.lastVerification().ifPresentOrElse(this::showVerification,
                () -> verifyResult.setText("Not verified since the portal started."));
        var tools = new HorizontalLayout(count, new Span("Export:"), csv, json, verify, verifying, verifyResult);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2("Audit history"), filters, tools, grid(), new AccessPanel(history));
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        if (!parameters.getParameters().isEmpty()) {
            try {
                filters.show(AuditFilter.fromParameters(n -> parameters.getSingleParameter(n).orElse(null)));
            } catch (IllegalArgumentException ignored) {
                // a hand-typed URL with a bad value: show everything
            }
        }
    }

    private Grid<AuditViews.Row> grid() {
        grid.setId("audit-grid");
        grid.addColumn(AuditViews.Row::sequence).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> AuditFormat.when(r.at())).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditViews.Row::actor).setHeader("Actor").setAutoWidth(true);
        grid.addColumn(AuditViews.Row::action).setHeader("Action").setAutoWidth(true);
        grid.addColumn(AuditViews.Row::objectType).setHeader("Object type").setAutoWidth(true);
        grid.addColumn(AuditViews.Row::objectName).setHeader("Object").setFlexGrow(2);
        grid.addComponentColumn(r -> r.changeRequest() == null ? new Span() : AuditFormat.request(r.changeRequest()))
                .setHeader("Request").setAutoWidth(true);
        grid.setPageSize(50);
        grid.setMinHeight("24em");
        grid.setEmptyStateText("No events match.");
        grid.addItemClickListener(e -> history.event(e.getItem().sequence()).ifPresent(EventDialog::open));
        return grid;
    }

    private void refresh() {
        var filter = filters.filter();
        grid.setItems(query -> history.page(filter, query.getOffset(), query.getLimit()).stream());
        long n = history.count(filter);
        count.setText(n > AuditQueries.COUNT_CAP ? String.format("More than %,d events", AuditQueries.COUNT_CAP)
                : String.format(n == 1 ? "%,d event" : "%,d events", n));
        var query = filter.toQueryString();
        csv.setHref("audit/export?format=csv" + (query.isEmpty() ? "" : "&" + query));
        json.setHref("audit/export?format=json" + (query.isEmpty() ? "" : "&" + query));
    }

    /** Verification reads the whole chain: it runs off the UI thread, with a progress bar, and the page polls. */
    private void verifyInBackground(Button verify) {
        var ui = getUI().orElseThrow();
        verify.setEnabled(false);
        verifying.setVisible(true);
        verifyResult.setText("Verifying the whole chain…");
        ui.setPollInterval(500);
        history.verifyInBackground().whenComplete((report, error) -> ui.access(() -> {
            ui.setPollInterval(-1);
            verify.setEnabled(true);
            verifying.setVisible(false);
            if (error != null) {
                verifyResult.setText("Verification could not run: " + rootMessage(error));
            } else {
                showVerification(report);
            }
        }));
    }

    private static String rootMessage(Throwable error) {
        var cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    private void showVerification(AuditViews.VerificationReport report) {
        verifyResult.setText(report.summary() + " — checked " + AuditFormat.when(report.at()) + " by "
                + report.actor());
        verifyResult.getElement().getThemeList().clear();
        verifyResult.getElement().getThemeList().add(report.intact() ? "badge success" : "badge error");
        verifyResult.getElement().setAttribute("data-intact", String.valueOf(report.intact()));
    }

    private static Anchor export(String label, String format) {
        var anchor = new Anchor("audit/export?format=" + format, label);
        anchor.setId("audit-export-" + format);
        anchor.getElement().setAttribute("router-ignore", true);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
