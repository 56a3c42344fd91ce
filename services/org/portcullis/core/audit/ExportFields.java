package org.portcullis.core.audit;

/** The fields of an exported record, in canonical-form order, as text. */
final class ExportFields {
    static final String[] NAMES = {"sequence", "at", "actor", "action", "objectType", "objectName", "changeRequest",
            "before", "after", "clientAddress", "previousHash", "hash"};

    private ExportFields() {
    }

    /** The record's fields in {@link #NAMES} order; null stays null. */
    static String[] values(AuditRecord r) {
        return new String[]{Long.toString(r.sequence()), AuditChain.format(r.at()), r.actor(), r.action(),
                r.objectType(), r.objectName(), r.changeRequest() == null ? null : r.changeRequest().toString(),
                r.before(), r.after(), r.clientAddress(), r.previousHash(), r.hash()};
    }
}
