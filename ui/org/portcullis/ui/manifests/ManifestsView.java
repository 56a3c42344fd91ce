package org.portcullis.ui.manifests;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.portcullis.manifests.ManifestSet;
import org.portcullis.manifests.Manifests;
import org.portcullis.push.PushRuns;
import org.portcullis.ui.shell.MainLayout;

import java.util.Locale;

/** The manifests the approved model compiles to, per namespace, with their validation status and the last push. */
@Route(value = "manifests", layout = MainLayout.class)
@PageTitle("Manifests · Portcullis")
@CdiComponent
public class ManifestsView extends VerticalLayout {

    private final Manifests manifests;
    private final Select<String> namespace = new Select<>();
    private final VerticalLayout objects = new VerticalLayout();

    @Inject
    public ManifestsView(Manifests manifests, PushRuns pushes) {
        this.manifests = manifests;
        ManifestSet bundle = manifests.bundle();
        var download = new Anchor("/manifests/bundle.zip", "Download bundle (zip)");
        download.setId("manifests-download");
        download.setRouterIgnore(true);
        download.setTarget(AnchorTarget.BLANK);
        download.getElement().setAttribute("download", "portcullis-manifests.zip");
        var header = new HorizontalLayout(new H2("Manifests"), download);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);

        var status = new Paragraph(bundle.manifests().size() + " objects in " + bundle.namespaces().size()
                + " namespaces · " + (bundle.isValid() ? "all valid against the Istio and Kubernetes schemas"
                : bundle.problems().size() + " validation problems: this bundle is not pushed"));
        status.setId("manifests-status");
        status.addClassName(bundle.isValid() ? "manifests-valid" : "manifests-invalid");
        var lastPush = new Paragraph(pushes.latest().map(PushText::summary)
                .orElse(pushes.isEnabled() ? "Not pushed yet." : "Push is not configured."));
        lastPush.setId("manifests-last-push");

        namespace.setId("manifests-namespace");
        namespace.setLabel("Namespace");
        namespace.setItems(bundle.namespaces());
        namespace.addValueChangeListener(e -> show(e.getValue()));
        objects.setId("manifests-objects");
        objects.setPadding(false);
        add(header, status, lastPush, namespace, objects);
        if (!bundle.namespaces().isEmpty()) {
            namespace.setValue(bundle.namespaces().first());
        }
    }

    private void show(String ns) {
        objects.removeAll();
        if (ns == null) {
            return;
        }
        if (manifests.isDryRun(ns)) {
            var notice = new Paragraph("Namespace " + ns + " is in dry-run: Istio evaluates and logs its authorization"
                    + " policies but does not enforce them. A request on the Namespaces page switches it to enforce.");
            notice.setId("manifests-dry-run-notice");
            notice.getElement().getThemeList().add("badge contrast");
            objects.add(notice);
        }
        for (var row : manifests.objects(ns)) {
            var title = new H4(row.kind() + " " + row.name());
            var path = new Paragraph(row.path());
            path.addClassName("manifest-path");
            var yaml = new Pre(row.yaml());
            yaml.addClassName("manifest-yaml");
            var box = new Div(title, path, yaml);
            box.setId("manifest-" + row.kind().toLowerCase(Locale.ROOT) + "-" + row.name());
            box.addClassName("manifest-object");
            row.problems().forEach(problem -> box.add(PushText.problem(problem.path() + ": " + problem.message())));
            objects.add(box);
        }
    }
}
