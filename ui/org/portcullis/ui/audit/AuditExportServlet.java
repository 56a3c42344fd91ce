package org.portcullis.ui.audit;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.portcullis.audit.AuditExports;
import org.portcullis.audit.AuditFilter;
import org.portcullis.audit.AuditHistory;
import org.portcullis.audit.ClientAddress;
import org.portcullis.security.AccessDeniedException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * {@code GET /audit/export?format=csv|json&<filter>} streams the filtered audit events as a download. The session's
 * signed-in person must hold auditor or security-admin (the facade checks: it sees the same HTTP session as the
 * UI); every export is recorded as an event. A plain servlet rather than JAX-RS: no Application class to keep apart
 * from the RESTEasy the Keycloak client brings.
 */
@WebServlet("/audit/export")
public class AuditExportServlet extends HttpServlet {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    @Inject
    transient AuditHistory history;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditExports.Format format;
        AuditFilter filter;
        try {
            format = AuditExports.Format.valueOf(String.valueOf(request.getParameter("format"))
                    .toUpperCase(Locale.ROOT));
            filter = AuditFilter.fromParameters(request::getParameter);
        } catch (IllegalArgumentException bad) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, bad.getMessage() == null
                    || bad.getMessage().startsWith("No enum") ? "format must be csv or json" : bad.getMessage());
            return;
        }
        response.setContentType(format.contentType());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"portcullis-audit-"
                + STAMP.format(Clock.systemUTC().instant()) + "." + format.extension() + "\"");
        response.setHeader("Cache-Control", "no-store");
        ClientAddress.set(request.getRemoteAddr());
        try {
            var out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                    1 << 16);
            history.export(filter, format, out);
            out.flush();
        } catch (AccessDeniedException denied) {
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_FORBIDDEN, denied.getMessage());
            }
        } finally {
            ClientAddress.clear();
        }
    }
}
