package org.portcullis.ui.audit;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.portcullis.audit.AuditHistory;
import org.portcullis.audit.AuditViews;
import org.portcullis.core.audit.AccessAtTime;
import org.portcullis.core.audit.EnforcementAtTime;

import java.time.Clock;
import java.time.ZoneOffset;

/** "Who had access to X at D, and who approved it?" — X a role (its holders) or a workload (its callers). */
class AccessPanel extends Composite<VerticalLayout> {

    private static final String ROLE = "Role";
    private static final String WORKLOAD = "Workload (who may call it)";

    private final AuditHistory history;
    private final Select<String> kind = new Select<>();
    private final TextField name = new TextField("Name");
    private final DateTimePicker at = AuditFilterBar.picker("At (UTC; empty: now)", "access-at");
    private final Paragraph summary = new Paragraph();
    private final Paragraph dryRun = new Paragraph();
    private final Grid<AuditViews.AccessHolder> grid = new Grid<>();

    AccessPanel(AuditHistory history) {
        this.history = history;
        kind.setId("access-kind");
        kind.setLabel("Access to");
        kind.setItems(ROLE, WORKLOAD);
        kind.setValue(ROLE);
        name.setId("access-name");
        name.setPlaceholder("ml-user, llm-service, …");
        var ask = new Button("Who had access?", e -> ask());
        ask.setId("access-ask");
        summary.setId("access-summary");
        dryRun.setId("access-dry-run");
        dryRun.getElement().getThemeList().add("badge error");
        dryRun.setVisible(false);
        grid.setId("access-grid");
        grid.addColumn(AuditViews.AccessHolder::subject).setHeader("Subject").setAutoWidth(true);
        grid.addColumn(h -> h.subjectKind().toLowerCase()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(h -> AuditFormat.when(h.since())).setHeader("Since").setAutoWidth(true);
        grid.addColumn(h -> h.expiresAt() == null ? "permanent" : AuditFormat.when(h.expiresAt()))
                .setHeader("Expires").setAutoWidth(true);
        grid.addComponentColumn(AccessPanel::requests).setHeader("Through request").setAutoWidth(true);
        grid.addColumn(h -> String.join(", ", h.approvers())).setHeader("Approved by").setAutoWidth(true);
        grid.addColumn(AuditViews.AccessHolder::detail).setHeader("Grant").setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("Nobody.");
        var form = new HorizontalLayout(kind, name, at, ask);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        var layout = getContent();
        layout.setPadding(false);
        layout.setId("access-panel");
        layout.add(new H3("Who had access?"), form, summary, dryRun, grid);
    }

    private void ask() {
        if (name.isEmpty()) {
            name.setErrorMessage("Name a role or a workload.");
            name.setInvalid(true);
            return;
        }
        name.setInvalid(false);
        var target = ROLE.equals(kind.getValue()) ? AccessAtTime.Target.role(name.getValue().strip())
                : AccessAtTime.Target.workload(name.getValue().strip());
        var when = at.isEmpty() ? Clock.systemUTC().instant() : at.getValue().toInstant(ZoneOffset.UTC);
        var holders = history.whoHadAccess(target, when);
        grid.setItems(holders);
        summary.setText(holders.size() + (holders.size() == 1 ? " holder" : " holders") + " of "
                + (ROLE.equals(kind.getValue()) ? "role " : "calls to workload ") + target.name() + " at "
                + AuditFormat.when(when));
        var notEnforced = ROLE.equals(kind.getValue()) ? java.util.Optional.<EnforcementAtTime.DryRun>empty()
                : history.dryRunAt(target.name(), when);
        dryRun.setVisible(notEnforced.isPresent());
        notEnforced.ifPresent(d -> dryRun.setText("Not enforced at that time: namespace " + d.namespace()
                + " was in Istio dry-run since " + AuditFormat.when(d.since())
                + (d.requestId() == null ? "" : " (request #" + d.requestId() + ")")
                + ". Its authorization policies were only logged, so any caller in the mesh could reach "
                + target.name() + ", not only those listed."));
    }

    private static HorizontalLayout requests(AuditViews.AccessHolder h) {
        var links = new HorizontalLayout();
        links.setSpacing(true);
        h.requestIds().forEach(id -> links.add(AuditFormat.request(id)));
        if (h.requestIds().isEmpty()) {
            links.add(new Span("—"));
        }
        return links;
    }
}
