package org.portcullis.ui.requests;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.HashSet;
import java.util.List;

/** One side of a before/after comparison: lines missing from the other side are highlighted. */
public final class JsonDiff {
    private JsonDiff() {
    }

    public static Div side(String text, String other, String id, String changedClass) {
        var box = new Div();
        box.addClassName("json-side");
        box.addClassName("json-" + id);
        if (text == null || text.isBlank()) {
            box.add(new Span("(none)"));
            return box;
        }
        var otherLines = new HashSet<>(other == null ? List.of() : List.of(other.split("\n")));
        for (String line : text.split("\n")) {
            var span = new Span(line);
            span.addClassName("json-line");
            if (!otherLines.contains(line)) {
                span.addClassName(changedClass);
            }
            box.add(span);
        }
        return box;
    }
}
