package org.portcullis.core.sync;

import java.util.LinkedHashMap;
import java.util.Map;

/** A realm role. */
public record RealmRole(String name, String description, boolean managed) implements ManagedObject {

    public RealmRole {
        description = Text.blankToNull(description);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.ROLE;
    }

    @Override
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("description", description);
        fields.put(MANAGED_ATTRIBUTE, ManagedObject.marker(managed));
        return fields;
    }

    @Override
    public RealmRole asManaged() {
        return new RealmRole(name, description, true);
    }
}
