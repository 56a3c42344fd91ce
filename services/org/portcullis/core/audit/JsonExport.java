package org.portcullis.core.audit;

import java.io.IOException;
import java.io.Writer;

/**
 * One JSON document written incrementally, one record per line:
 * <pre>
 * {"format":"portcullis-audit-export/1","records":[
 * {"sequence":1,"at":"2026-03-01T12:00:00.000000Z",...,"hash":"..."},
 * ...
 * ],"head":{"sequence":N,"hash":"...","count":C}}
 * </pre>
 * before/after are JSON strings holding the JSON text exactly as hashed (embedding them as objects would lose the
 * exact text needed to re-hash, and a tampered, malformed value could break the document). Numbers are JSON
 * numbers; null is null. Written by hand because the core has no Jackson; the escaping is the few rules of RFC 8259.
 */
final class JsonExport implements AuditExport {
    static final String FORMAT = "portcullis-audit-export/1";

    private final Writer out;
    private ChainHead head = ChainHead.GENESIS;
    private long count;
    private boolean started;

    JsonExport(Writer out) {
        this.out = out;
    }

    @Override
    public void write(AuditRecord record) throws IOException {
        startOnce();
        if (count > 0) {
            out.write(",\n");
        }
        String[] values = ExportFields.values(record);
        out.write('{');
        for (int i = 0; i < ExportFields.NAMES.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            string(ExportFields.NAMES[i]);
            out.write(':');
            boolean number = ExportFields.NAMES[i].equals("sequence") || ExportFields.NAMES[i].equals("changeRequest");
            if (values[i] == null || number) {
                out.write(String.valueOf(values[i]));
            } else {
                string(values[i]);
            }
        }
        out.write('}');
        head = record.head();
        count++;
    }

    @Override
    public ChainHead finish() throws IOException {
        startOnce();
        out.write(count > 0 ? "\n" : "");
        out.write("],\"head\":{\"sequence\":" + head.sequence() + ",\"hash\":");
        string(head.hash());
        out.write(",\"count\":" + count + "}}\n");
        out.flush();
        return head;
    }

    private void startOnce() throws IOException {
        if (!started) {
            started = true;
            out.write("{\"format\":");
            string(FORMAT);
            out.write(",\"records\":[\n");
        }
    }

    private void string(String value) throws IOException {
        out.write(quote(value));
    }

    /**
     * A JSON string literal. Escapes '"', '\\', control characters, U+2028/U+2029 (they end lines in JavaScript) and
     * unpaired surrogates (so the output stays valid UTF-8 and the text survives unchanged).
     */
    static String quote(String value) {
        StringBuilder json = new StringBuilder(value.length() + 16).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || isUnpairedSurrogate(value, i)) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    private static boolean isUnpairedSurrogate(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
        }
        return false;
    }
}
