package org.portcullis.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import org.portcullis.platform.DomainException;

import java.util.function.Supplier;

/**
 * A part of a page that takes a while to compute (a plan over the whole model): the page is shown first with a
 * progress bar in its place, and the part is computed on the next round trip, which the page asks for by polling
 * once. It still runs on a request thread, in the signed-in person's session, so facades check them as usual.
 */
public final class Deferred {

    private Deferred() {
    }

    public static Component of(String id, String what, Supplier<Component> content) {
        var holder = new Div();
        holder.setId(id + "-loading");
        var bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.setWidth("12em");
        holder.add(new Span("Computing " + what + "…"), bar);
        var registration = new Registration[1];
        holder.addAttachListener(attach -> {
            var ui = attach.getUI();
            ui.setPollInterval(100);
            registration[0] = ui.addPollListener(poll -> {
                registration[0].remove();
                ui.setPollInterval(-1);
                holder.removeAll();
                try {
                    holder.add(content.get());
                } catch (DomainException e) {
                    holder.add(new Span(e.getMessage()));
                }
            });
        });
        return holder;
    }
}
