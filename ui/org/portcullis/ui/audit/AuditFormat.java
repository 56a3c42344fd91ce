package org.portcullis.ui.audit;

import com.vaadin.flow.component.html.Anchor;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the audit screens write times and links: UTC everywhere, as stored and exported. */
final class AuditFormat {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'")
            .withZone(ZoneOffset.UTC);

    private AuditFormat() {
    }

    static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    static Anchor request(Long id) {
        var link = new Anchor("requests/" + id, "#" + id);
        link.addClassName("audit-request-link");
        return link;
    }

    /** A link to the object's own page where there is one (workloads), else null. */
    static Anchor object(String type, String name) {
        if ("WORKLOAD".equals(type) && name != null) {
            var link = new Anchor("workloads/" + name, name);
            link.addClassName("audit-object-link");
            return link;
        }
        return null;
    }
}
