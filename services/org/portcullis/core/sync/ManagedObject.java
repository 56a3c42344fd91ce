package org.portcullis.core.sync;

import java.util.Map;

/** A user, role or client: carries the managed marker and the fields the planner compares. */
public sealed interface ManagedObject extends RealmObject permits RealmUser, RealmRole, RealmClient {

    /** Attribute Portcullis writes on every user, role and client it manages. */
    String MANAGED_ATTRIBUTE = "portcullis.managed";

    boolean managed();

    /** The compared fields in a fixed order, values as text (null: absent), including the managed marker. */
    Map<String, String> fields();

    /** This object with the managed marker set: what adopting it writes. */
    ManagedObject asManaged();

    static String marker(boolean managed) {
        return managed ? "true" : null;
    }
}
