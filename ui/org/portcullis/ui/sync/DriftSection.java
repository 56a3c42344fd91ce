package org.portcullis.ui.sync;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.portcullis.core.sync.Drift;
import org.portcullis.core.sync.SyncStep;
import org.portcullis.sync.KeycloakSync;
import org.portcullis.ui.components.Notifications;

import java.util.stream.Collectors;

/**
 * Drift: managed objects that differ from the model ("Revert" runs a sync) and realm objects Portcullis does not
 * manage ("Adopt" asks for them to be added to the model through a change request).
 */
class DriftSection extends VerticalLayout {

    private final KeycloakSync sync;
    private final Runnable refresh;
    private final Button check = new Button("Check drift", VaadinIcon.SEARCH.create());
    private final Paragraph status = new Paragraph();
    private final Grid<SyncStep> reverts = new Grid<>();
    private final Button revert = new Button("Revert (sync now)");
    private final Grid<Drift> unmanaged = new Grid<>();
    private boolean mayAct;

    DriftSection(KeycloakSync sync, Runnable refresh) {
        this.sync = sync;
        this.refresh = refresh;
        setPadding(false);
        check.setId("check-drift");
        check.addClickListener(e -> {
            sync.checkDrift();
            Notifications.success("Drift check started.");
            refresh.run();
        });
        status.setId("drift-status");
        reverts.setId("drift-reverts-grid");
        reverts.addColumn(s -> s.action().name().toLowerCase() + " " + s.target().key()).setHeader("Would be reverted");
        reverts.addColumn(s -> s.changes().stream().map(KeycloakPlanSection::describe)
                .collect(Collectors.joining(", "))).setHeader("Fields").setFlexGrow(3);
        reverts.setAllRowsVisible(true);
        reverts.setEmptyStateText("Every managed object matches the model.");
        revert.setId("drift-revert");
        revert.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revert.addClickListener(e -> {
            sync.syncNow();
            Notifications.success("Sync queued: it reverts the hand edits.");
            refresh.run();
        });
        unmanaged.setId("drift-unmanaged-grid");
        unmanaged.addColumn(Drift::key).setHeader("Realm object");
        unmanaged.addColumn(d -> d.type().name().toLowerCase().replace('_', ' ')).setHeader("Drift");
        unmanaged.addColumn(Drift::reason).setHeader("Why").setFlexGrow(3);
        unmanaged.addComponentColumn(this::adoptButton).setHeader("");
        unmanaged.setAllRowsVisible(true);
        unmanaged.setEmptyStateText("No unmanaged objects.");
        add(new H3("Drift"), status, reverts, revert, unmanaged);
    }

    Button checkButton() {
        return check;
    }

    void show(KeycloakSync.Overview o) {
        mayAct = o.mayAct();
        check.setEnabled(o.enabled() && !o.checkingDrift());
        var report = o.drift();
        status.setText(o.checkingDrift() ? "Checking the realm…" : report.map(r -> r.error() != null
                ? "The last check at " + SyncView.when(r.checkedAt()) + " UTC could not read the realm: " + r.error()
                : "Last checked " + SyncView.when(r.checkedAt()) + " UTC" + (r.clean() ? ": no drift." : "."))
                .orElse("Not checked since the portal started."));
        reverts.setItems(report.map(r -> r.reverts()).orElse(java.util.List.of()));
        revert.setVisible(mayAct && report.map(r -> !r.reverts().isEmpty()).orElse(false));
        unmanaged.setItems(report.map(r -> r.drift()).orElse(java.util.List.of()));
    }

    private Button adoptButton(Drift drift) {
        var adopt = new Button("Adopt", e -> {
            var request = sync.adopt(drift.key(), null);
            Notifications.success(request == null ? "Adopted: the next sync manages " + drift.key() + "."
                    : "Request #" + request + " asks to add it to the model; after approval the sync manages it.");
            refresh.run();
        });
        adopt.addClassName("drift-adopt");
        adopt.setId("adopt-" + drift.key().replaceAll("[^A-Za-z0-9-]", "-"));
        adopt.setVisible(mayAct);
        return adopt;
    }
}
