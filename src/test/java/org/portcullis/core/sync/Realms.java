package org.portcullis.core.sync;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Tiny builders for realm states in planner tables. */
final class Realms {
    private final List<RealmUser> users = new ArrayList<>();
    private final List<RealmRole> roles = new ArrayList<>();
    private final List<RealmClient> clients = new ArrayList<>();
    private final Set<RoleMapping> mappings = new HashSet<>();

    static Realms realm() {
        return new Realms();
    }

    static RealmUser user(String name) {
        return new RealmUser(name, name + "@example.org", "First", "Last", true, true);
    }

    static RealmUser unmanagedUser(String name) {
        return new RealmUser(name, name + "@example.org", "First", "Last", true, false);
    }

    static RealmRole role(String name) {
        return new RealmRole(name, "role " + name, true);
    }

    static RealmRole unmanagedRole(String name) {
        return new RealmRole(name, "role " + name, false);
    }

    static RealmClient client(String name) {
        return RealmClient.forWorkload(name);
    }

    static RealmClient unmanagedClient(String name) {
        return new RealmClient(name, true, true, false, true, true, false, false);
    }

    Realms with(ManagedObject... objects) {
        for (ManagedObject object : objects) {
            switch (object) {
                case RealmUser user -> users.add(user);
                case RealmRole role -> roles.add(role);
                case RealmClient client -> clients.add(client);
            }
        }
        return this;
    }

    Realms userRole(String username, String role) {
        mappings.add(RoleMapping.ofUser(username, role));
        return this;
    }

    Realms clientRole(String clientId, String role) {
        mappings.add(RoleMapping.ofClient(clientId, role));
        return this;
    }

    DesiredRealm desired() {
        return new DesiredRealm(users, roles, clients, mappings);
    }

    CurrentRealm current() {
        return new CurrentRealm(users, roles, clients, mappings);
    }
}
