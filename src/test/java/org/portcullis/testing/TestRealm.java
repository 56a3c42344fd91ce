package org.portcullis.testing;

import java.net.http.HttpClient;
import java.util.Map;
import java.util.Set;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * A realm a portal test syncs into, and what the test does behind the portal's back: sets a user's password (the
 * portal never does), regenerates a workload client's secret, and decodes real access tokens.
 */
public final class TestRealm implements AutoCloseable {

    /** A hand-made public client with the password grant, for user tokens in tests (drift: unmanaged). */
    public static final String LOGIN_CLIENT = "password-login-test";

    private final KeycloakServer server;
    private final String name;
    private final HttpClient http = HttpClient.newHttpClient();
    private Keycloak admin;

    public TestRealm(KeycloakServer server, String name) {
        this.server = server;
        this.name = name;
        RealmRepresentation realm = new RealmRepresentation();
        realm.setRealm(name);
        realm.setEnabled(true);
        admin().realms().create(realm);
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(LOGIN_CLIENT);
        client.setPublicClient(true);
        client.setDirectAccessGrantsEnabled(true);
        client.setStandardFlowEnabled(false);
        realm().clients().create(client).close();
    }

    public String name() {
        return name;
    }

    /** The portal's environment for syncing into this realm with the master realm's admin service client. */
    public Map<String, String> portalEnvironment() {
        return Map.of("PORTCULLIS_KEYCLOAK_URL", server.url(), "PORTCULLIS_KEYCLOAK_REALM", name,
                "PORTCULLIS_KEYCLOAK_CLIENT_ID", KeycloakServer.ADMIN_CLIENT_ID,
                "PORTCULLIS_KEYCLOAK_CLIENT_SECRET", KeycloakServer.ADMIN_CLIENT_SECRET);
    }

    /** A new admin client each time the server may have restarted in between. */
    private synchronized Keycloak admin() {
        if (admin == null) {
            admin = KeycloakBuilder.builder().serverUrl(server.url()).realm("master").grantType("client_credentials")
                    .clientId(KeycloakServer.ADMIN_CLIENT_ID).clientSecret(KeycloakServer.ADMIN_CLIENT_SECRET).build();
        }
        return admin;
    }

    public RealmResource realm() {
        return admin().realm(name);
    }

    public boolean hasUser(String username) {
        return !realm().users().searchByUsername(username, true).isEmpty();
    }

    public void setPassword(String username, String password) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        String id = realm().users().searchByUsername(username, true).getFirst().getId();
        realm().users().get(id).resetPassword(credential);
    }

    /** Regenerates the secret of a workload's client and returns it. */
    public String regenerateSecret(String clientId) {
        String id = realm().clients().findByClientId(clientId).getFirst().getId();
        return realm().clients().get(id).generateNewSecret().getValue();
    }

    /** Realm roles in a password-grant access token of {@code username}. */
    public Set<String> userTokenRoles(String username, String password) {
        return realmRoles(token(Map.of("grant_type", "password", "client_id", LOGIN_CLIENT, "username", username,
                "password", password)));
    }

    /** Realm roles in a client-credentials access token of a workload's client. */
    public Set<String> workloadTokenRoles(String clientId, String secret) {
        return realmRoles(token(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", secret)));
    }

    private String token(Map<String, String> form) {
        return Tokens.fetch(http, server.url(), name, form);
    }

    static Set<String> realmRoles(String jwt) {
        return Tokens.realmRoles(jwt);
    }

    @Override
    public synchronized void close() {
        try {
            if (server.isRunning()) {
                realm().remove();
            }
        } finally {
            if (admin != null) {
                admin.close();
            }
        }
    }
}
