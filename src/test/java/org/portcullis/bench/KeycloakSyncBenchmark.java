package org.portcullis.bench;

import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.PartialImportRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.RolesRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.portcullis.core.model.DataClassification;
import org.portcullis.core.model.PersonSpec;
import org.portcullis.core.model.PolicyModel;
import org.portcullis.core.model.RoleAssignmentSpec;
import org.portcullis.core.model.RoleSpec;
import org.portcullis.core.model.SubjectKind;
import org.portcullis.core.model.WorkloadSpec;
import org.portcullis.core.sync.CurrentRealm;
import org.portcullis.core.sync.DesiredRealm;
import org.portcullis.core.sync.RealmClient;
import org.portcullis.core.sync.RealmRole;
import org.portcullis.core.sync.RealmUser;
import org.portcullis.core.sync.RoleMapping;
import org.portcullis.core.sync.SyncPlan;
import org.portcullis.core.sync.SyncPlanner;
import org.portcullis.core.sync.SyncTarget;
import org.portcullis.integrations.keycloak.KeycloakDirectory;
import org.portcullis.integrations.keycloak.ProgressListener;
import org.portcullis.testing.KeycloakServer;

/**
 * Prints how long a sync takes and how many HTTP requests it sends, next to Keycloak's own partial import of the
 * same data. Not a test: asserts nothing. Run from the worktree root after {@code mvn verify} (or
 * {@code mvn test-compile dependency:unpack@keycloak-server}):
 * {@code java -cp target/classes:target/test-classes:$(cat target/test.cp) org.portcullis.bench.KeycloakSyncBenchmark}
 * (add {@code --no-import} to skip the comparison with Keycloak's partial import, which takes a minute or more)
 */
public final class KeycloakSyncBenchmark {

    static final int USERS = 1_000;
    static final int ROLES = 200;
    static final int CLIENTS = 100;
    static final int USER_MAPPINGS = 900;
    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    public static void main(String[] args) {
        KeycloakServer server = KeycloakServer.shared();
        try (Keycloak admin = KeycloakBuilder.builder().serverUrl(server.url()).realm("master")
                .grantType("client_credentials").clientId(KeycloakServer.ADMIN_CLIENT_ID)
                .clientSecret(KeycloakServer.ADMIN_CLIENT_SECRET).build()) {
            PolicyModel model = model(USERS);
            DesiredRealm desired = DesiredRealm.from(model, NOW);
            System.out.printf("data: %d users, %d roles, %d clients, %d role mappings%n", desired.users().size(),
                    desired.roles().size(), desired.clients().size(), desired.mappings().size());

            createRealm(admin, "bench-sync");
            try (KeycloakDirectory directory = new KeycloakDirectory(server.clientCredentials("bench-sync"))) {
                sync("full sync into an empty realm", directory, desired);
                sync("no-op re-sync", directory, desired);
                sync("no-op re-sync (again)", directory, desired);
                PolicyModel changed = withChangedEmail(model, 0);
                DesiredRealm synced = DesiredRealm.from(changed, NOW);
                sync("one-change sync (one email)", directory, synced);
                // what the portal does after its own successful run: read and plan only what changed
                PolicyModel secondEmail = withChangedEmail(changed, 1);
                synced = targeted("targeted: one email", directory, synced, DesiredRealm.from(secondEmail, NOW));
                PolicyModel granted = withAssignment(secondEmail, new RoleAssignmentSpec("role5", SubjectKind.PERSON,
                        "user2", null));
                synced = targeted("targeted: one role granted", directory, synced, DesiredRealm.from(granted, NOW));
                targeted("targeted: nothing changed", directory, synced, synced);
            }
            if (List.of(args).contains("--no-import")) {
                admin.realm("bench-sync").remove();
                server.stop();
                return;
            }

            createRealm(admin, "bench-import");
            long started = System.nanoTime();
            try (Response response = admin.realm("bench-import").partialImport(partialImport(desired))) {
                System.out.printf("%-34s %8.2f s  %6d requests (HTTP %d)%n", "Keycloak partialImport, same data",
                        seconds(started), 1, response.getStatus());
            }
            try (KeycloakDirectory check = new KeycloakDirectory(server.clientCredentials("bench-import"))) {
                SyncPlan afterImport = SyncPlanner.plan(desired, check.read());
                System.out.printf("plan against the imported realm: %d steps %s%n", afterImport.steps().size(),
                        afterImport.counts());
            }
            admin.realm("bench-sync").remove();
            admin.realm("bench-import").remove();
        }
        server.stop();
    }

    static void sync(String label, KeycloakDirectory directory, DesiredRealm desired) {
        long requests = directory.requestCount();
        long writes = directory.writeCount();
        long started = System.nanoTime();
        CurrentRealm current = directory.read();
        double read = seconds(started);
        long readRequests = directory.requestCount() - requests;
        SyncPlan plan = SyncPlanner.plan(desired, current);
        directory.apply(plan, ProgressListener.NONE);
        System.out.printf("%-34s %8.2f s  %6d requests (read %.2f s / %d requests, %d writes), %d steps%n", label,
                seconds(started), directory.requestCount() - requests, read, readRequests,
                directory.writeCount() - writes, plan.steps().size());
    }

    /** A targeted run as SyncJob makes it after a successful run; returns the realm now synced. */
    static DesiredRealm targeted(String label, KeycloakDirectory directory, DesiredRealm synced, DesiredRealm desired) {
        long requests = directory.requestCount();
        long writes = directory.writeCount();
        long started = System.nanoTime();
        SyncTarget target = SyncTarget.choose(synced, desired, List.of());
        CurrentRealm current = target.isWholeRealm() ? directory.read()
                : target.scope().isEmpty() ? CurrentRealm.EMPTY : directory.read(target.scope());
        double read = seconds(started);
        long readRequests = directory.requestCount() - requests;
        SyncPlan plan = target.plan(desired, current, java.util.Set.of());
        directory.apply(plan, ProgressListener.NONE);
        System.out.printf("%-34s %8.2f s  %6d requests (read %.2f s / %d requests, %d writes), %d steps; %s%n", label,
                seconds(started), directory.requestCount() - requests, read, readRequests,
                directory.writeCount() - writes, plan.steps().size(), target);
        return desired;
    }

    static PolicyModel model(int users) {
        List<PersonSpec> people = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            people.add(new PersonSpec("user" + i, "user" + i + "@example.org", "User Number" + i, true));
        }
        List<RoleSpec> roles = new ArrayList<>();
        for (int i = 0; i < ROLES; i++) {
            roles.add(new RoleSpec("role" + i, "bench role " + i));
        }
        List<WorkloadSpec> workloads = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            workloads.add(new WorkloadSpec("workload" + i, "bench", "workload" + i, "zone",
                    DataClassification.INTERNAL, "user0", Map.of(), List.of(8080), false));
        }
        List<RoleAssignmentSpec> assignments = new ArrayList<>();
        for (int i = 0; i < USER_MAPPINGS; i++) {
            assignments.add(new RoleAssignmentSpec("role" + (i % ROLES), SubjectKind.PERSON, "user" + i, null));
        }
        for (int i = 0; i < CLIENTS; i++) {
            assignments.add(new RoleAssignmentSpec("role" + (i % ROLES), SubjectKind.WORKLOAD, "workload" + i, null));
        }
        return new PolicyModel(List.of(), workloads, people, roles, assignments, List.of(), List.of(), List.of(), Map.of());
    }

    static PolicyModel withChangedEmail(PolicyModel model, int person) {
        List<PersonSpec> people = new ArrayList<>(model.people());
        PersonSpec changed = people.get(person);
        people.set(person, new PersonSpec(changed.username(), "changed" + person + "@example.org",
                changed.displayName(), changed.enabled()));
        return new PolicyModel(model.zones(), model.workloads(), people, model.roles(), model.roleAssignments(),
                model.permissions(), model.grants(), model.namespaces(), model.origins());
    }

    static PolicyModel withAssignment(PolicyModel model, RoleAssignmentSpec assignment) {
        List<RoleAssignmentSpec> assignments = new ArrayList<>(model.roleAssignments());
        assignments.add(assignment);
        return new PolicyModel(model.zones(), model.workloads(), model.people(), model.roles(), assignments,
                model.permissions(), model.grants(), model.namespaces(), model.origins());
    }

    static void createRealm(Keycloak admin, String name) {
        RealmRepresentation realm = new RealmRepresentation();
        realm.setRealm(name);
        realm.setEnabled(true);
        admin.realms().create(realm);
        // as the directory does before writing users: keep the managed marker attribute
        RealmResource created = admin.realm(name);
        UPConfig profile = created.users().userProfile().getConfiguration();
        profile.setUnmanagedAttributePolicy(UPConfig.UnmanagedAttributePolicy.ADMIN_EDIT);
        created.users().userProfile().update(profile);
    }

    /** The same desired realm in Keycloak's own import format. */
    static PartialImportRepresentation partialImport(DesiredRealm desired) {
        Map<String, List<String>> rolesOf = new HashMap<>();
        for (RoleMapping mapping : desired.mappings()) {
            String user = mapping.subjectKind() == SubjectKind.PERSON ? mapping.subject()
                    : "service-account-" + mapping.subject();
            rolesOf.computeIfAbsent(user, key -> new ArrayList<>()).add(mapping.role());
        }
        List<UserRepresentation> users = new ArrayList<>();
        for (RealmUser user : desired.users()) {
            UserRepresentation rep = new UserRepresentation();
            rep.setUsername(user.username());
            rep.setEmail(user.email());
            rep.setFirstName(user.firstName());
            rep.setLastName(user.lastName());
            rep.setEnabled(user.enabled());
            rep.setAttributes(Map.of("portcullis.managed", List.of("true")));
            rep.setRealmRoles(rolesOf.getOrDefault(user.username(), List.of()));
            users.add(rep);
        }
        List<ClientRepresentation> clients = new ArrayList<>();
        for (RealmClient client : desired.clients()) {
            ClientRepresentation rep = new ClientRepresentation();
            rep.setClientId(client.clientId());
            rep.setEnabled(true);
            rep.setPublicClient(false);
            rep.setServiceAccountsEnabled(true);
            rep.setStandardFlowEnabled(false);
            rep.setDirectAccessGrantsEnabled(false);
            rep.setImplicitFlowEnabled(false);
            rep.setAttributes(Map.of("portcullis.managed", "true"));
            clients.add(rep);
            UserRepresentation account = new UserRepresentation();
            account.setUsername("service-account-" + client.clientId());
            account.setEnabled(true);
            account.setServiceAccountClientId(client.clientId());
            account.setRealmRoles(rolesOf.getOrDefault(account.getUsername(), List.of()));
            users.add(account);
        }
        List<RoleRepresentation> roles = new ArrayList<>();
        for (RealmRole role : desired.roles()) {
            RoleRepresentation rep = new RoleRepresentation(role.name(), role.description(), false);
            rep.setAttributes(Map.of("portcullis.managed", List.of("true")));
            roles.add(rep);
        }
        RolesRepresentation realmRoles = new RolesRepresentation();
        realmRoles.setRealm(roles);
        PartialImportRepresentation partial = new PartialImportRepresentation();
        partial.setIfResourceExists("FAIL");
        partial.setRoles(realmRoles);
        partial.setClients(clients);
        partial.setUsers(users);
        return partial;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
