package org.portcullis.core.sync;

import java.util.List;

/**
 * One write to the realm.
 *
 * @param target  the object as it must be after a create or update; as it is now for a delete
 * @param changes the fields that differ, in the object's field order (all fields for a create, before = null; all
 *                fields for a delete, after = null; none for a role mapping)
 */
public record SyncStep(SyncAction action, RealmObject target, List<FieldChange> changes) {

    public SyncStep {
        changes = List.copyOf(changes);
    }

    public ObjectKind kind() {
        return target.kind();
    }

    /** E.g. {@code UPDATE user/alice [email: a@x.org -> alice@x.org]}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(action + " " + target.key());
        if (action == SyncAction.UPDATE) {
            text.append(' ').append(changes.stream()
                    .map(change -> change.field() + ": " + change.before() + " -> " + change.after()).toList());
        }
        return text.toString();
    }
}
