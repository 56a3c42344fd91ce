package org.portcullis.core.audit;

import java.io.IOException;
import java.io.Writer;

/**
 * RFC 4180: fields separated by ',', rows ended by CRLF; a field holding ',', '"', CR or LF is quoted and its quotes
 * doubled. CSV has no null, so: null is an empty unquoted field, "" is {@code ""} (both RFC 4180 readers and our
 * verification can tell them apart). The trailer row has as many fields as the header:
 * {@code #head,sequence=N,hash=H,count=C,,,,,,,,}.
 */
final class CsvExport implements AuditExport {
    private static final String CRLF = "\r\n";

    private final Writer out;
    private ChainHead head = ChainHead.GENESIS;
    private long count;
    private boolean started;

    CsvExport(Writer out) {
        this.out = out;
    }

    @Override
    public void write(AuditRecord record) throws IOException {
        startOnce();
        row(ExportFields.values(record));
        head = record.head();
        count++;
    }

    @Override
    public ChainHead finish() throws IOException {
        startOnce();
        String[] trailer = new String[ExportFields.NAMES.length];
        trailer[0] = "#head";
        trailer[1] = "sequence=" + head.sequence();
        trailer[2] = "hash=" + head.hash();
        trailer[3] = "count=" + count;
        row(trailer);
        out.flush();
        return head;
    }

    private void startOnce() throws IOException {
        if (!started) {
            started = true;
            row(ExportFields.NAMES);
        }
    }

    private void row(String[] fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            field(fields[i]);
        }
        out.write(CRLF);
    }

    private void field(String value) throws IOException {
        if (value == null) {
            return;
        }
        if (value.isEmpty() || needsQuotes(value)) {
            out.write('"');
            out.write(value.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(value);
        }
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
