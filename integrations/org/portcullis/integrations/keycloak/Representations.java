package org.portcullis.integrations.keycloak;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.portcullis.core.sync.ManagedObject;
import org.portcullis.core.sync.RealmClient;
import org.portcullis.core.sync.RealmRole;
import org.portcullis.core.sync.RealmUser;

/** Keycloak's representations to the sync core's records and back: the edge, nothing else. */
final class Representations {

    /** Keycloak creates these in every realm; they are not drift. */
    static final Set<String> BUILT_IN_CLIENTS = Set.of("account", "account-console", "admin-cli", "broker",
            "realm-management", "security-admin-console");
    static final Set<String> BUILT_IN_ROLES = Set.of("offline_access", "uma_authorization");
    static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    private Representations() {
    }

    static boolean isBuiltIn(RoleRepresentation role, String realm) {
        return BUILT_IN_ROLES.contains(role.getName()) || role.getName().equals("default-roles-" + realm);
    }

    static boolean isBuiltIn(ClientRepresentation client) {
        return BUILT_IN_CLIENTS.contains(client.getClientId());
    }

    static RealmUser user(UserRepresentation user) {
        return new RealmUser(user.getUsername(), user.getEmail(), user.getFirstName(), user.getLastName(),
                Boolean.TRUE.equals(user.isEnabled()), isMarked(user.getAttributes()));
    }

    static RealmRole role(RoleRepresentation role) {
        return new RealmRole(role.getName(), role.getDescription(), isMarked(role.getAttributes()));
    }

    static RealmClient client(ClientRepresentation client) {
        return new RealmClient(client.getClientId(), isTrue(client.isEnabled()), isTrue(client.isPublicClient()),
                isTrue(client.isServiceAccountsEnabled()), isTrue(client.isStandardFlowEnabled()),
                isTrue(client.isDirectAccessGrantsEnabled()), isTrue(client.isImplicitFlowEnabled()),
                client.getAttributes() != null
                        && "true".equals(client.getAttributes().get(ManagedObject.MANAGED_ATTRIBUTE)));
    }

    /** {@code base} (the representation read, so fields we do not manage survive) with our fields written. */
    static UserRepresentation user(RealmUser user, UserRepresentation base) {
        UserRepresentation rep = base != null ? base : new UserRepresentation();
        rep.setUsername(user.username());
        rep.setEmail(user.email());
        rep.setFirstName(user.firstName());
        rep.setLastName(user.lastName());
        rep.setEnabled(user.enabled());
        rep.setAttributes(marked(rep.getAttributes()));
        return rep;
    }

    static RoleRepresentation role(RealmRole role, RoleRepresentation base) {
        RoleRepresentation rep = base != null ? base : new RoleRepresentation();
        rep.setName(role.name());
        rep.setDescription(role.description());
        rep.setAttributes(marked(rep.getAttributes()));
        return rep;
    }

    static ClientRepresentation client(RealmClient client, ClientRepresentation base) {
        ClientRepresentation rep = base != null ? base : new ClientRepresentation();
        rep.setClientId(client.clientId());
        rep.setEnabled(client.enabled());
        rep.setPublicClient(client.publicClient());
        rep.setServiceAccountsEnabled(client.serviceAccountsEnabled());
        rep.setStandardFlowEnabled(client.standardFlowEnabled());
        rep.setDirectAccessGrantsEnabled(client.directAccessGrantsEnabled());
        rep.setImplicitFlowEnabled(client.implicitFlowEnabled());
        Map<String, String> attributes = rep.getAttributes() == null ? new HashMap<>()
                : new HashMap<>(rep.getAttributes());
        attributes.put(ManagedObject.MANAGED_ATTRIBUTE, "true");
        rep.setAttributes(attributes);
        return rep;
    }

    private static Map<String, List<String>> marked(Map<String, List<String>> attributes) {
        Map<String, List<String>> marked = attributes == null ? new HashMap<>() : new HashMap<>(attributes);
        marked.put(ManagedObject.MANAGED_ATTRIBUTE, List.of("true"));
        return marked;
    }

    private static boolean isMarked(Map<String, List<String>> attributes) {
        return attributes != null && List.of("true").equals(attributes.get(ManagedObject.MANAGED_ATTRIBUTE));
    }

    private static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
