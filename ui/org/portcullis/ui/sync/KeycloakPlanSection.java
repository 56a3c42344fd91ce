package org.portcullis.ui.sync;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.enterprise.inject.spi.CDI;
import org.portcullis.core.sync.FieldChange;
import org.portcullis.core.sync.SyncStep;
import org.portcullis.sync.KeycloakPlans;

import java.util.stream.Collectors;

/** "Keycloak changes" on a request page: the create, update and delete steps approving it causes. */
public class KeycloakPlanSection extends VerticalLayout {

    /** The section for request {@code id} (RequestView adds it with one line). */
    public static KeycloakPlanSection of(long id) {
        return new KeycloakPlanSection(CDI.current().select(KeycloakPlans.class).get().forRequest(id));
    }

    KeycloakPlanSection(KeycloakPlans.RequestPlan plan) {
        setId("keycloak-plan");
        setPadding(false);
        var note = new Paragraph(plan.note());
        note.setId("keycloak-plan-note");
        note.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(new H3("Keycloak changes"), note);
        var steps = new UnorderedList();
        steps.setId("keycloak-plan-steps");
        plan.plan().steps().forEach(step -> steps.add(item(step)));
        if (plan.plan().steps().isEmpty()) {
            steps.add(new ListItem("No change in Keycloak."));
        }
        add(steps);
    }

    private static ListItem item(SyncStep step) {
        var head = new Span(step.action().name().toLowerCase() + " " + step.target().key());
        head.getStyle().set("font-weight", "600");
        var item = new ListItem(head);
        item.addClassName("keycloak-plan-step");
        if (!step.changes().isEmpty()) {
            item.add(new Span(" — " + step.changes().stream().map(KeycloakPlanSection::describe)
                    .collect(Collectors.joining(", "))));
        }
        return item;
    }

    static String describe(FieldChange change) {
        if (change.before() == null) {
            return change.field() + " = " + change.after();
        }
        if (change.after() == null) {
            return change.field() + " was " + change.before();
        }
        return change.field() + ": " + change.before() + " → " + change.after();
    }
}
