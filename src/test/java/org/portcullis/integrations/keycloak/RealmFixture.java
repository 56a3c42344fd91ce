package org.portcullis.integrations.keycloak;

import org.portcullis.testing.Tokens;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.portcullis.testing.KeycloakServer;

/**
 * What a test does to Keycloak behind Portcullis' back: creates its realm, edits objects by hand, sets a test
 * password (the portal never does), and fetches real tokens to decode.
 */
final class RealmFixture implements AutoCloseable {

    static final String LOGIN_CLIENT = "password-login-test";

    private final KeycloakServer server;
    private final String realmName;
    private final Keycloak admin;
    private final HttpClient http = HttpClient.newHttpClient();

    RealmFixture(KeycloakServer server, String realmName) {
        this.server = server;
        this.realmName = realmName;
        this.admin = KeycloakBuilder.builder().serverUrl(server.url()).realm("master").grantType("client_credentials")
                .clientId(KeycloakServer.ADMIN_CLIENT_ID).clientSecret(KeycloakServer.ADMIN_CLIENT_SECRET).build();
        RealmRepresentation realm = new RealmRepresentation();
        realm.setRealm(realmName);
        realm.setEnabled(true);
        admin.realms().create(realm);
    }

    RealmResource realm() {
        return admin.realm(realmName);
    }

    String name() {
        return realmName;
    }

    /** A public client with the password grant, made by hand (so unmanaged), for user tokens in tests only. */
    void createPasswordLoginClient() {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(LOGIN_CLIENT);
        client.setPublicClient(true);
        client.setDirectAccessGrantsEnabled(true);
        client.setStandardFlowEnabled(false);
        realm().clients().create(client).close();
    }

    void setPassword(String username, String password) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        realm().users().get(user(username).getId()).resetPassword(credential);
    }

    UserRepresentation user(String username) {
        return realm().users().searchByUsername(username, true).getFirst();
    }

    String clientSecret(String clientId) {
        String id = realm().clients().findByClientId(clientId).getFirst().getId();
        return realm().clients().get(id).getSecret().getValue();
    }

    /** Realm roles in a password-grant access token of {@code username}. */
    Set<String> userTokenRoles(String username, String password) {
        return realmRoles(token(Map.of("grant_type", "password", "client_id", LOGIN_CLIENT, "username", username,
                "password", password)));
    }

    /** Realm roles in a client-credentials access token of a workload's client. */
    Set<String> workloadTokenRoles(String clientId) {
        return realmRoles(token(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", clientSecret(clientId))));
    }

    /** Keycloak gives every new user and service account its default composite role. */
    Set<String> withDefaultRoles(String... approved) {
        Set<String> roles = new TreeSet<>(Set.of(approved));
        roles.addAll(Set.of("default-roles-" + realmName, "offline_access", "uma_authorization"));
        return roles;
    }

    private String token(Map<String, String> form) {
        return Tokens.fetch(http, server.url(), realmName, form);
    }

    static Set<String> realmRoles(String jwt) {
        return Tokens.realmRoles(jwt);
    }

    @Override
    public void close() {
        try {
            if (server.isRunning()) {
                realm().remove();
            }
        } finally {
            admin.close();
        }
    }
}
