package org.portcullis.core.sync;

/** One field a step changes: its value in the realm now (null: absent) and after the step (null: removed). */
public record FieldChange(String field, String before, String after) {
}
