package org.portcullis.core.sync;

/** Anything a sync step creates, updates or deletes in a realm. */
public sealed interface RealmObject permits ManagedObject, RoleMapping {

    ObjectKind kind();

    /** The natural key inside its kind: a username, role name, client id or {@code subject->role}. */
    String name();

    /** Unique across kinds, e.g. {@code user/alice}: what drift reports and adoption refer to. */
    default String key() {
        return kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "/" + name();
    }
}
