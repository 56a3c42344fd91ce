package org.portcullis.core.sync;

/**
 * A realm object Portcullis will not touch, reported so an admin can decide. (Hand edits to managed objects are not
 * drift entries: they are planned as updates that revert them.)
 */
public record Drift(Type type, RealmObject object, String reason) {

    public enum Type {
        /** In the realm only and not managed: left alone; may be adopted into the model. */
        UNMANAGED,
        /** The model wants an object whose name an unmanaged realm object already has: adopt it to manage it. */
        NAME_CLASH
    }

    public String key() {
        return object.key();
    }

    @Override
    public String toString() {
        return type + " " + key() + ": " + reason;
    }
}
