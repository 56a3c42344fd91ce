package org.portcullis.core.sync;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A realm user. Keycloak stores usernames and emails in lower case, so they are normalised here too (otherwise every
 * sync would plan the same update again). Never carries a password.
 */
public record RealmUser(String username, String email, String firstName, String lastName, boolean enabled,
                        boolean managed) implements ManagedObject {

    public RealmUser {
        username = username.toLowerCase(Locale.ROOT);
        email = Text.blankToNull(email) == null ? null : email.trim().toLowerCase(Locale.ROOT);
        firstName = Text.blankToNull(firstName);
        lastName = Text.blankToNull(lastName);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.USER;
    }

    @Override
    public String name() {
        return username;
    }

    @Override
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("email", email);
        fields.put("firstName", firstName);
        fields.put("lastName", lastName);
        fields.put("enabled", String.valueOf(enabled));
        fields.put(MANAGED_ATTRIBUTE, ManagedObject.marker(managed));
        return fields;
    }

    @Override
    public RealmUser asManaged() {
        return new RealmUser(username, email, firstName, lastName, enabled, true);
    }
}
