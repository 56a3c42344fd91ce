package org.portcullis.ui.manifests;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.portcullis.core.manifests.Manifest;
import org.portcullis.manifests.ManifestPlan;
import org.portcullis.manifests.Manifests;

/**
 * The "Manifest changes" section of a request: objects added, changed (unified diff) and removed if it were
 * approved, and validation problems in red. Request pages get it from here, so they stay one line away from it.
 */
@Dependent
public class ManifestPlans {

    @Inject
    Manifests manifests;

    public Component forRequest(long requestId) {
        ManifestPlan plan = manifests.plan(requestId);
        var section = new Div(new H3("Manifest changes"));
        section.setId("manifest-plan");
        if (!plan.isAvailable()) {
            section.add(new Paragraph(plan.unavailable()));
            return section;
        }
        var diff = plan.diff();
        var summary = new Paragraph(diff.isEmpty() ? "No manifest changes." : diff.added().size() + " added, "
                + diff.changed().size() + " changed, " + diff.removed().size() + " removed (namespaces "
                + String.join(", ", plan.namespaces()) + ")");
        summary.setId("manifest-plan-summary");
        section.add(summary);
        plan.problems().forEach(p -> section.add(PushText.problem(p.toString())));
        diff.added().forEach(m -> section.add(entry("added", m, added(m.yaml()))));
        diff.changed().forEach(c -> section.add(entry("changed", c.after(), c.unifiedDiff())));
        diff.removed().forEach(m -> section.add(entry("removed", m, removed(m.yaml()))));
        return section;
    }

    private static Div entry(String what, Manifest manifest, String diffText) {
        var pre = new Pre(diffText);
        pre.addClassName("manifest-diff");
        var box = new Div(new H4(what + " " + manifest.kind() + " " + manifest.namespace() + "/" + manifest.name()), pre);
        box.addClassNames("manifest-plan-entry", "manifest-plan-" + what);
        return box;
    }

    private static String added(String yaml) {
        return yaml.lines().map(line -> "+" + line).reduce("", (a, b) -> a + b + "\n");
    }

    private static String removed(String yaml) {
        return yaml.lines().map(line -> "-" + line).reduce("", (a, b) -> a + b + "\n");
    }
}
