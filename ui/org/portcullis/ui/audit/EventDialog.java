package org.portcullis.ui.audit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.portcullis.audit.AuditViews;
import org.portcullis.ui.requests.JsonDiff;

/** One event in full: who, what, when, from where, its place in the chain, and before/after side by side. */
final class EventDialog {
    private EventDialog() {
    }

    static void open(AuditViews.Detail detail) {
        var r = detail.row();
        var dialog = new Dialog();
        dialog.setId("audit-detail");
        dialog.setHeaderTitle("Event " + r.sequence() + " · " + r.action());
        dialog.setWidth("min(90vw, 1100px)");
        var facts = new VerticalLayout(
                fact("When", new Span(AuditFormat.when(r.at()))),
                fact("Actor", id(new Span(r.actor()), "audit-detail-actor")),
                fact("Object", object(r)),
                fact("Request", r.changeRequest() == null ? new Span("—")
                        : id(AuditFormat.request(r.changeRequest()), "audit-detail-request")),
                fact("Client address", new Span(detail.clientAddress() == null ? "—" : detail.clientAddress())),
                fact("Previous hash", mono(detail.previousHash())),
                fact("Hash", mono(detail.hash())));
        facts.setPadding(false);
        facts.setSpacing(false);
        var before = id(JsonDiff.side(detail.before(), detail.after(), "before", "diff-removed"),
                "audit-detail-before");
        var after = id(JsonDiff.side(detail.after(), detail.before(), "after", "diff-added"), "audit-detail-after");
        var sides = new HorizontalLayout(column("Before", before), column("After", after));
        sides.setWidthFull();
        dialog.add(facts, sides);
        var close = new Button("Close", e -> dialog.close());
        close.setId("audit-detail-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private static Component object(AuditViews.Row r) {
        var link = AuditFormat.object(r.objectType(), r.objectName());
        var type = new Span((r.objectType() == null ? "" : r.objectType()) + " ");
        var box = new Span(type, link != null ? id(link, "audit-detail-object")
                : id(new Span(r.objectName() == null ? "—" : r.objectName()), "audit-detail-object"));
        return box;
    }

    private static HorizontalLayout fact(String label, Component value) {
        var l = new Span(label);
        l.setWidth("10em");
        l.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return new HorizontalLayout(l, value);
    }

    private static Span mono(String text) {
        var span = new Span(text);
        span.addClassName("mesh-identity");
        return span;
    }

    private static VerticalLayout column(String label, Div content) {
        var col = new VerticalLayout(new Paragraph(label), content);
        col.setPadding(false);
        col.setWidth("50%");
        return col;
    }

    private static <T extends Component> T id(T component, String id) {
        component.setId(id);
        return component;
    }
}
