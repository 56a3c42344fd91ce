package org.portcullis.integrations.keycloak;

import java.util.Objects;

/**
 * Where the managed realm is and how to authenticate as its administrator: with the client credentials of an admin
 * service client (preferred), or with a user and password (e.g. the master realm's bootstrap admin, via
 * {@code admin-cli}). {@link #toString()} never shows a secret.
 *
 * @param authRealm the realm the admin client or user lives in ({@code master} unless it is a service client with
 *                  {@code realm-management} roles inside the managed realm itself)
 */
public record KeycloakSettings(String serverUrl, String realm, String clientId, String clientSecret,
                               String adminUser, String adminPassword, String authRealm) {

    public static final String MASTER = "master";

    public KeycloakSettings {
        Objects.requireNonNull(serverUrl, "serverUrl");
        Objects.requireNonNull(realm, "realm");
        serverUrl = serverUrl.endsWith("/") ? serverUrl.substring(0, serverUrl.length() - 1) : serverUrl;
        authRealm = authRealm == null ? MASTER : authRealm;
        if ((clientId == null || clientSecret == null) && (adminUser == null || adminPassword == null)) {
            throw new IllegalArgumentException("Keycloak settings need a client id and secret, or a user and password");
        }
    }

    public KeycloakSettings(String serverUrl, String realm, String clientId, String clientSecret, String adminUser,
                            String adminPassword) {
        this(serverUrl, realm, clientId, clientSecret, adminUser, adminPassword, MASTER);
    }

    public static KeycloakSettings clientCredentials(String serverUrl, String realm, String clientId,
                                                     String clientSecret) {
        return new KeycloakSettings(serverUrl, realm, clientId, clientSecret, null, null);
    }

    public static KeycloakSettings adminUser(String serverUrl, String realm, String user, String password) {
        return new KeycloakSettings(serverUrl, realm, null, null, user, password);
    }

    public boolean usesClientCredentials() {
        return clientId != null && clientSecret != null;
    }

    @Override
    public String toString() {
        return "KeycloakSettings[serverUrl=" + serverUrl + ", realm=" + realm + ", authRealm=" + authRealm
                + (usesClientCredentials() ? ", clientId=" + clientId + ", clientSecret=****"
                : ", adminUser=" + adminUser + ", adminPassword=****") + "]";
    }
}
