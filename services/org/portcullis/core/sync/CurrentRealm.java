package org.portcullis.core.sync;

import java.util.List;
import java.util.Set;

/**
 * What the realm holds now, as read by an {@code IdentityDirectory}: managed and unmanaged objects alike (minus
 * Keycloak's own built-in roles and clients), and every realm-role mapping of the users and service accounts read.
 */
public record CurrentRealm(List<RealmUser> users, List<RealmRole> roles, List<RealmClient> clients,
                           Set<RoleMapping> mappings) implements RealmState {

    public static final CurrentRealm EMPTY = new CurrentRealm(List.of(), List.of(), List.of(), Set.of());

    public CurrentRealm {
        users = RealmState.sorted(users);
        roles = RealmState.sorted(roles);
        clients = RealmState.sorted(clients);
        mappings = RealmState.sortedMappings(mappings);
    }
}
