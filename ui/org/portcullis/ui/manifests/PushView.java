package org.portcullis.ui.manifests;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.inject.Inject;
import org.portcullis.core.model.RoleSpec;
import org.portcullis.push.PushRuns;
import org.portcullis.push.PushStatus;
import org.portcullis.ui.components.Notifications;
import org.portcullis.ui.shell.MainLayout;
import org.portcullis.ui.shell.RequiresRole;

/**
 * Where approved changes went: the configured targets (without credentials), the open push work, and the recent
 * runs. Refreshes itself every two seconds while open, so a running push shows its progress.
 */
@Route(value = "push", layout = MainLayout.class)
@PageTitle("Push status · Portcullis")
@RequiresRole({RoleSpec.SECURITY_ADMIN, RoleSpec.AUDITOR})
@CdiComponent
public class PushView extends VerticalLayout {

    static final int POLL_MILLIS = 2000;

    private final PushRuns pushes;
    private final Paragraph disabled = new Paragraph();
    private final Paragraph git = new Paragraph();
    private final Paragraph cluster = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Grid<PushStatus.Queued> queue = new Grid<>();
    private final Grid<PushStatus.Run> runs = new Grid<>();
    private Registration polling;

    @Inject
    public PushView(PushRuns pushes) {
        this.pushes = pushes;
        disabled.setId("push-disabled");
        disabled.getStyle().set("color", "var(--lumo-error-text-color)");
        git.setId("push-target-git");
        cluster.setId("push-target-cluster");
        progress.setId("push-progress");
        progress.setIndeterminate(true);
        progress.setWidth("20em");
        var pushNow = new Button("Push now", e -> pushNow());
        pushNow.setId("push-now");
        pushNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pushNow.setVisible(pushes.mayPushNow());
        queue.setId("push-queue-grid");
        queue.addColumn(q -> q.request() == null ? "by hand" : "#" + q.request()).setHeader("Request");
        queue.addColumn(PushStatus.Queued::requestedBy).setHeader("By");
        queue.addColumn(q -> q.state().toLowerCase()).setHeader("State");
        queue.addColumn(PushStatus.Queued::attempts).setHeader("Failed attempts");
        queue.addColumn(q -> PushText.WHEN.format(q.nextAttemptAt())).setHeader("Next attempt");
        queue.addColumn(PushStatus.Queued::lastError).setHeader("Last error").setFlexGrow(3);
        queue.setAllRowsVisible(true);
        queue.setEmptyStateText("Nothing waiting: every approved change has been pushed.");
        runs.setId("push-runs-grid");
        runs.addColumn(r -> PushText.WHEN.format(r.startedAt())).setHeader("Started");
        runs.addColumn(PushStatus.Run::target).setHeader("Target");
        runs.addColumn(r -> r.status().toLowerCase().replace('_', ' ')).setHeader("Status");
        runs.addColumn(PushStatus.Run::requests).setHeader("Requests");
        runs.addColumn(r -> PushText.shortCommit(r.commitId())).setHeader("Commit");
        runs.addColumn(PushText::counts).setHeader("Files");
        runs.addColumn(PushStatus.Run::error).setHeader("Error").setFlexGrow(3);
        runs.setAllRowsVisible(true);
        runs.setEmptyStateText("No push yet.");
        add(new H2("Push status"), disabled, git, cluster, pushNow, progress, new H3("Queue"), queue,
                new H3("Recent runs"), runs);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MILLIS);
        polling = event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    private void pushNow() {
        pushes.pushNow();
        Notifications.success("Push queued; it starts within seconds.");
        refresh();
    }

    private void refresh() {
        var status = pushes.status();
        disabled.setText(status.isEnabled() ? "" : status.disabledReason());
        disabled.setVisible(!status.isEnabled());
        git.setText("Git: " + status.git());
        cluster.setText("Cluster: " + status.cluster());
        progress.setVisible(status.isPushing() || status.queue().stream().anyMatch(q -> q.state().equals("RUNNING")));
        queue.setItems(status.queue());
        runs.setItems(status.runs());
    }
}
