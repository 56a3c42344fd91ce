package org.portcullis.ui.sync;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.inject.Inject;
import org.portcullis.core.model.RoleSpec;
import org.portcullis.security.Accounts;
import org.portcullis.sync.KeycloakSync;
import org.portcullis.ui.components.Notifications;
import org.portcullis.ui.shell.MainLayout;
import org.portcullis.ui.shell.RequiresRole;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Keycloak sync status: where it syncs to, the realm's issuer and JWKS URL, the queue, recent runs with a progress
 * bar while one runs, and drift. Refreshes itself every two seconds while open.
 */
@Route(value = "sync", layout = MainLayout.class)
@PageTitle("Keycloak sync · Portcullis")
@RequiresRole({RoleSpec.SECURITY_ADMIN, RoleSpec.AUDITOR})
@CdiComponent
public class SyncView extends VerticalLayout {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final KeycloakSync sync;
    private final Paragraph connection = new Paragraph();
    private final Paragraph issuer = new Paragraph();
    private final Paragraph jwks = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph progressLabel = new Paragraph();
    private final H3 queueTitle = new H3();
    private final Grid<KeycloakSync.QueuedWork> queue = new Grid<>();
    private final Grid<KeycloakSync.Run> runs = new Grid<>();
    private final Button syncNow = new Button("Sync now", VaadinIcon.REFRESH.create(), e -> act(this::syncNow));
    private final DriftSection drift;
    private Registration polling;

    @Inject
    public SyncView(KeycloakSync sync) {
        this.sync = sync;
        this.drift = new DriftSection(sync, this::refresh);
        connection.setId("sync-connection");
        issuer.setId("sync-issuer");
        jwks.setId("sync-jwks");
        progress.setId("sync-progress");
        progressLabel.setId("sync-progress-label");
        syncNow.setId("sync-now");
        syncNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        queueTitle.setId("sync-queue-title");
        queue.setId("sync-queue-grid");
        queue.addColumn(w -> w.requestId() == null ? w.reason() : "request #" + w.requestId()).setHeader("Work");
        queue.addColumn(w -> WHEN.format(w.createdAt())).setHeader("Queued");
        queue.addColumn(KeycloakSync.QueuedWork::attempts).setHeader("Attempts");
        queue.addColumn(w -> WHEN.format(w.nextAttemptAt())).setHeader("Next attempt");
        queue.addColumn(KeycloakSync.QueuedWork::lastError).setHeader("Last error").setFlexGrow(3);
        queue.setAllRowsVisible(true);
        queue.setEmptyStateText("Nothing waiting: the realm has every approved change.");
        runs.setId("sync-runs-grid");
        runs.addColumn(KeycloakSync.Run::id).setHeader("Run").setWidth("5em").setFlexGrow(0);
        runs.addColumn(KeycloakSync.Run::trigger).setHeader("Trigger");
        runs.addColumn(r -> WHEN.format(r.startedAt())).setHeader("Started (UTC)").setAutoWidth(true);
        runs.addColumn(KeycloakSync.Run::status).setHeader("Status");
        runs.addColumn(r -> r.stepsApplied() + " / " + r.stepsPlanned()).setHeader("Steps applied");
        runs.addColumn(r -> r.requestsSent() + " (" + r.writesSent() + " writes)").setHeader("Requests");
        runs.addColumn(KeycloakSync.Run::error).setHeader("Error").setFlexGrow(3);
        runs.setHeight("22em");
        runs.setEmptyStateText("No sync has run yet.");
        add(new H2("Keycloak sync"), connection, issuer, jwks, new HorizontalLayout(syncNow, drift.checkButton()),
                progressLabel, progress, queueTitle, queue, new H3("Recent runs"), runs, drift);
        refresh();
    }

    /** The navigation entry, shown to security admins and auditors only (MainLayout adds it with one line). */
    public static SideNavItem navItem(Accounts accounts) {
        var item = new SideNavItem("Keycloak sync", SyncView.class, VaadinIcon.EXCHANGE.create());
        item.setId("nav-sync");
        item.setVisible(accounts.current().map(u -> u.roles().contains(RoleSpec.SECURITY_ADMIN)
                || u.roles().contains(RoleSpec.AUDITOR)).orElse(false));
        return item;
    }

    void refresh() {
        var o = sync.overview();
        connection.setText(o.enabled() ? "Syncs " + o.connection() + "." : o.connection()
                + ": approved changes are not sent anywhere. Set PORTCULLIS_KEYCLOAK_URL (see docs/SETTINGS-sync.md).");
        connection.setId(o.enabled() ? "sync-connection" : "sync-disabled");
        issuer.setVisible(o.enabled());
        jwks.setVisible(o.enabled());
        issuer.setText("Issuer: " + o.issuer().orElse(o.endpointProblem().map(p -> "unknown (" + p + ")")
                .orElse("unknown")));
        jwks.setText("JWKS URL: " + o.jwksUri().orElse("unknown"));
        syncNow.setVisible(o.mayAct());
        syncNow.setEnabled(o.enabled());
        var p = o.progress();
        progress.setVisible(p.running());
        progressLabel.setVisible(p.running());
        progress.setIndeterminate(p.total() == 0);
        progress.setValue(p.fraction());
        progressLabel.setText("Run " + p.runId() + ": " + p.phase() + (p.total() > 0 ? " " + p.done() + " of "
                + p.total() + " steps" : ""));
        queue.setItems(o.queue());
        queueTitle.setText("Queue: " + o.queue().size() + " waiting");
        runs.setItems(o.runs());
        drift.show(o);
    }

    private void syncNow() {
        sync.syncNow();
        Notifications.success("Sync queued: it starts within a few seconds.");
    }

    private void act(Runnable action) {
        action.run();
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(2000);
        polling = event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
        }
        event.getUI().setPollInterval(-1);
    }

    static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }
}
