package org.portcullis.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.portcullis.core.audit.AuditExport;
import org.portcullis.core.audit.ChainHead;
import org.portcullis.persistence.DatabaseMigrations;
import org.portcullis.requests.SpecJson;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.SQLException;
import java.util.LinkedHashMap;

/**
 * Streams the events a filter selects to a writer as CSV or JSON (the core's {@link AuditExport}: one record at a
 * time, trailer = head of the exported part), then records an {@code audit.exported} event with the filter, the row
 * count, the head and whether the export completed. Every export attempt is itself on the record.
 */
@ApplicationScoped
public class AuditExports {

    public enum Format {
        CSV("text/csv", "csv"), JSON("application/json", "json");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }
    }

    /** What was exported: the number of rows and the head written in the trailer. */
    public record Result(long rows, ChainHead head) {
    }

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;
    @Inject
    AuditAppend append;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Result write(AuditFilter filter, Format format, Writer out, String actor) throws IOException {
        var export = format == Format.CSV ? AuditExport.csv(out) : AuditExport.json(out);
        long rows = 0;
        ChainHead head = null;
        try (var connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                rows = AuditQueries.streamAll(connection, filter, r -> write(export, r));
                connection.commit();
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            head = export.finish();
            return new Result(rows, head);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (SQLException e) {
            throw new IOException("Cannot read the audit history", e);
        } finally {
            append.record(AuditTrail.Event.of(actor, AuditActions.AUDIT_EXPORTED).about("audit", "export")
                    .change(null, SpecJson.write(details(filter, format, rows, head))));
        }
    }

    private static boolean write(AuditExport export, org.portcullis.core.audit.AuditRecord record) {
        try {
            export.write(record);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.Map<String, Object> details(AuditFilter filter, Format format, long rows,
                                                        ChainHead head) {
        var details = new LinkedHashMap<String, Object>();
        details.put("format", format.extension());
        details.put("filter", filter.toParameters());
        details.put("rows", rows);
        details.put("completed", head != null);
        if (head != null) {
            details.put("headSequence", head.sequence());
            details.put("headHash", head.hash());
        }
        return details;
    }
}
