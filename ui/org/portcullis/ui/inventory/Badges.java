package org.portcullis.ui.inventory;

import com.vaadin.flow.component.html.Span;
import org.portcullis.core.model.Sensitivity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Small visual markers shared by the inventory pages. */
final class Badges {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Badges() {
    }

    static Span sensitivity(Sensitivity sensitivity) {
        var badge = new Span(sensitivity.name());
        badge.getElement().getThemeList().add(switch (sensitivity) {
            case HIGH -> "badge error";
            case MEDIUM -> "badge";
            case LOW -> "badge success";
        });
        return badge;
    }

    static String expiry(Instant expiresAt) {
        return expiresAt == null ? "permanent" : "until " + WHEN.format(expiresAt);
    }
}
