package org.portcullis.core.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes audit records to a {@link Writer} one at a time (nothing is held in memory), then a trailer with the chain
 * head, so an auditor can keep the head and later check that a new export extends this one
 * ({@link ChainVerifier#fromGenesis(ChainHead...)} with the old head). Every field is written exactly as hashed, so
 * an export can be verified on its own: instants in {@link AuditChain#format}, null kept apart from "".
 * The caller owns the writer (opens, buffers and closes it).
 */
public sealed interface AuditExport permits CsvExport, JsonExport {

    /** RFC 4180 CSV: a header row, one row per record, a trailer row starting with {@code #head}. */
    static AuditExport csv(Writer out) {
        return new CsvExport(out);
    }

    /** One JSON object: {@code {"format":..., "records":[...one per line...], "head":{...}}}. */
    static AuditExport json(Writer out) {
        return new JsonExport(out);
    }

    /** The column and property names, in canonical-form order. */
    List<String> FIELDS = List.of(ExportFields.NAMES);

    void write(AuditRecord record) throws IOException;

    /**
     * Writes the trailer and flushes.
     *
     * @return the head written: the last record's sequence and hash ({@link ChainHead#GENESIS} if none)
     */
    ChainHead finish() throws IOException;
}
