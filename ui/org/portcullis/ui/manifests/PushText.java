package org.portcullis.ui.manifests;

import com.vaadin.flow.component.html.Paragraph;
import org.portcullis.push.PushStatus;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** How push runs and manifest problems read on the pages. */
final class PushText {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private PushText() {
    }

    static String summary(PushStatus.Run run) {
        var text = new StringBuilder("Last push to ").append(run.target()).append(": ")
                .append(run.status().toLowerCase().replace('_', ' '))
                .append(" at ").append(WHEN.format(run.startedAt()));
        if (run.commitId() != null) {
            text.append(" · commit ").append(shortCommit(run.commitId()));
        }
        if (run.error() != null) {
            text.append(" · ").append(run.error());
        }
        return text.toString();
    }

    static String counts(PushStatus.Run run) {
        if (run.error() != null || run.isRunning()) {
            return "";
        }
        return "+" + run.added() + " ~" + run.changed() + " -" + run.removed();
    }

    static String shortCommit(String commit) {
        return commit == null ? "" : commit.substring(0, Math.min(12, commit.length()));
    }

    static Paragraph problem(String text) {
        var problem = new Paragraph(text);
        problem.addClassName("manifest-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        return problem;
    }
}
