package org.portcullis.ui.requests;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.portcullis.core.requests.Decision;
import org.portcullis.core.requests.RequestState;
import org.portcullis.requests.ChangeRequests;
import org.portcullis.requests.ConcurrentChangeException;
import org.portcullis.requests.InvalidChangeException;
import org.portcullis.requests.RequestViews;
import org.portcullis.ui.components.Deferred;
import org.portcullis.ui.components.Notifications;
import org.portcullis.ui.shell.MainLayout;

/** One request: what it changes (before and after), why, what it needs, and the decisions on it. */
@Route(value = "requests/:id", layout = MainLayout.class)
@PageTitle("Request · Portcullis")
@CdiComponent
public class RequestView extends VerticalLayout implements BeforeEnterObserver {

    private final ChangeRequests requests;
    @Inject
    org.portcullis.ui.manifests.ManifestPlans manifestPlans;
    private long id;

    @Inject
    public RequestView(ChangeRequests requests) {
        this.requests = requests;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            removeAll();
            add(new H2("No such request"));
            return;
        }
        show(requests.detail(id));
    }

    private void show(RequestViews.Detail d) {
        removeAll();
        var s = d.summary();
        var state = RequestList.state(s.state());
        state.setId("request-state");
        var title = new H2("#" + s.id() + " " + s.title());
        title.setId("request-title");
        add(new HorizontalLayout(title, state));
        add(new Paragraph("Requested by " + s.requester() + " on " + RequestList.WHEN.format(s.createdAt())));
        var justification = new Paragraph(d.justification());
        justification.setId("request-justification");
        add(new H3("Justification"), justification);

        var needs = new UnorderedList();
        needs.setId("request-requirements");
        needs.add(new ListItem(s.requiredApprovals() == 0 ? "Applied by the portal itself."
                : s.requiredApprovals() + " security admin approval" + (s.requiredApprovals() > 1 ? "s" : "")
                + " from someone other than the requester"));
        d.riskReasons().forEach(r -> needs.add(new ListItem(r)));
        add(new H3("What it needs"), needs);
        if (d.failure() != null) {
            var failure = new Paragraph("Could not be applied: " + d.failure());
            failure.setId("request-failure");
            failure.getStyle().set("color", "var(--lumo-error-text-color)");
            add(failure);
        }

        add(new H3("Changes"));
        for (var item : d.items()) {
            add(itemDiff(item));
        }
        add(Deferred.of("manifest-plan", "the manifest changes", () -> manifestPlans.forRequest(id)));
        add(new H3("Decisions"), decisions(d.decisions()));
        add(Deferred.of("keycloak-plan", "the Keycloak changes", () -> org.portcullis.ui.sync.KeycloakPlanSection.of(s.id())));
        add(actions(d));
    }

    private VerticalLayout itemDiff(RequestViews.Item item) {
        var heading = new Paragraph(item.operation().name().toLowerCase() + " " + item.kind().label().toLowerCase()
                + " " + item.key());
        heading.getStyle().set("font-weight", "600");
        var before = JsonDiff.side(item.before(), item.after(), "before", "diff-removed");
        var after = JsonDiff.side(item.after(), item.before(), "after", "diff-added");
        var sides = new HorizontalLayout(column("Before", before), column("After", after));
        sides.setWidthFull();
        var box = new VerticalLayout(heading, sides);
        box.addClassName("change-item");
        box.setPadding(false);
        return box;
    }

    private static VerticalLayout column(String label, Div content) {
        var col = new VerticalLayout(new Paragraph(label), content);
        col.setPadding(false);
        col.setWidth("50%");
        return col;
    }

    private static Grid<Decision> decisions(java.util.List<Decision> rows) {
        var grid = new Grid<Decision>();
        grid.setId("decisions-grid");
        grid.addColumn(Decision::actor).setHeader("By");
        grid.addColumn(d -> d.verdict().name().toLowerCase()).setHeader("Decision");
        grid.addColumn(d -> d.asOwner() ? "workload owner" : "security admin").setHeader("As");
        grid.addColumn(Decision::comment).setHeader("Comment").setFlexGrow(3);
        grid.addColumn(d -> RequestList.WHEN.format(d.at())).setHeader("When");
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No decisions yet.");
        return grid;
    }

    private VerticalLayout actions(RequestViews.Detail d) {
        var box = new VerticalLayout();
        box.setPadding(false);
        if (d.summary().state() != RequestState.PENDING) {
            return box;
        }
        if (d.mayDecide()) {
            var comment = new TextArea("Comment");
            comment.setId("decision-comment");
            comment.setWidth("40em");
            comment.setHelperText("Required when you reject");
            var approve = new Button("Approve", e -> decide(() -> {
                var result = requests.approve(id, d.version(), comment.getValue());
                Notifications.success(switch (result) {
                    case APPLIED -> "Approved and applied.";
                    case FAILED -> "Approved, but it could not be applied: see the request.";
                    default -> "Approval recorded; more approvals are needed.";
                });
            }, comment));
            approve.setId("approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            var reject = new Button("Reject", e -> decide(() -> {
                requests.reject(id, d.version(), comment.getValue());
                Notifications.success("Rejected.");
            }, comment));
            reject.setId("reject");
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            var role = new Paragraph("You decide " + d.decideReason() + ".");
            role.setId("decide-reason");
            var buttons = new HorizontalLayout(approve, reject);
            buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
            box.add(new H3("Your decision"), role, comment, buttons);
        } else {
            var why = new Paragraph(d.decideReason());
            why.setId("decide-reason");
            box.add(why);
        }
        if (d.mayWithdraw()) {
            var withdraw = new Button("Withdraw request", e -> decide(() -> {
                requests.withdraw(id, d.version());
                Notifications.success("Withdrawn.");
            }, null));
            withdraw.setId("withdraw");
            box.add(withdraw);
        }
        return box;
    }

    private void decide(Runnable action, TextArea comment) {
        try {
            action.run();
        } catch (InvalidChangeException invalid) {
            if (comment != null) {
                comment.setErrorMessage(invalid.getMessage());
                comment.setInvalid(true);
            }
            return;
        } catch (ConcurrentChangeException stale) {
            Notifications.error(stale.getMessage());
        }
        show(requests.detail(id));
        findAncestor(MainLayout.class).refreshPendingCount();
    }
}
