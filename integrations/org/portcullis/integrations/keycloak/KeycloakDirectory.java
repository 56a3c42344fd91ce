package org.portcullis.integrations.keycloak;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.portcullis.core.model.SubjectKind;
import org.portcullis.core.sync.CurrentRealm;
import org.portcullis.core.sync.RealmClient;
import org.portcullis.core.sync.RealmRole;
import org.portcullis.core.sync.RealmUser;
import org.portcullis.core.sync.RoleMapping;
import org.portcullis.core.sync.SyncAction;
import org.portcullis.core.sync.SyncPlan;
import org.portcullis.core.sync.SyncScope;
import org.portcullis.core.sync.SyncStep;
import org.portcullis.core.sync.SyncTarget;

/**
 * A Keycloak realm through the admin REST API.
 *
 * <p>Reading costs a fixed number of list requests plus one per managed role (its members, users and service
 * accounts at once) — not one per user. The ids learnt while reading are kept, so applying the plan made from that
 * read needs no look-ups; objects created by the plan add their ids as they go.
 *
 * <p>Keycloak 24+ drops user attributes its user profile does not declare; before writing users the realm's
 * unmanaged-attribute policy is raised to {@code ADMIN_EDIT} (only admins see and edit them), or the managed marker
 * would be lost.
 *
 * <p>One sync at a time per instance (the id cache is shared between read and apply); the admin client inside is
 * thread-safe, so share one instance per realm and close it on shutdown.
 */
public final class KeycloakDirectory implements IdentityDirectory {

    private static final int PAGE = SyncTarget.READ_PAGE;
    /** Parallel reads of a whole-realm read; the admin client's connection pool has 10 connections. */
    private static final int READERS = 4;

    private final KeycloakSettings settings;
    private final Client http;
    private final RequestCounter requests = new RequestCounter();
    private final Keycloak keycloak;
    private final RealmResource realm;
    private final Map<String, UserRepresentation> users = new ConcurrentHashMap<>();
    private final Map<String, RoleRepresentation> roles = new ConcurrentHashMap<>();
    private final Map<String, ClientRepresentation> clients = new ConcurrentHashMap<>();
    /** Client id to the id of its service-account user. */
    private final Map<String, String> serviceAccounts = new ConcurrentHashMap<>();
    private volatile boolean userProfileChecked;

    public KeycloakDirectory(KeycloakSettings settings) {
        this.settings = settings;
        this.http = Keycloak.getClientProvider().newRestEasyClient(null, null, false);
        http.register(requests);
        KeycloakBuilder builder = KeycloakBuilder.builder().serverUrl(settings.serverUrl())
                .realm(settings.authRealm()).resteasyClient(http);
        if (settings.usesClientCredentials()) {
            builder.grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(settings.clientId())
                    .clientSecret(settings.clientSecret());
        } else {
            builder.grantType(OAuth2Constants.PASSWORD).clientId("admin-cli").username(settings.adminUser())
                    .password(settings.adminPassword());
        }
        this.keycloak = builder.build();
        this.realm = keycloak.realm(settings.realm());
    }

    /** HTTP requests sent so far by this directory, token requests included. */
    public long requestCount() {
        return requests.count();
    }

    /** Requests so far that change the realm (anything but GET, token requests not counted). */
    public long writeCount() {
        return requests.writes();
    }

    @Override
    public CurrentRealm read() {
        try {
            return readRealm();
        } catch (ProcessingException | WebApplicationException e) {
            throw failure("reading realm " + settings.realm(), e, 0);
        }
    }

    private CurrentRealm readRealm() {
        users.clear();
        roles.clear();
        clients.clear();
        serviceAccounts.clear();
        List<RealmUser> realmUsers = new ArrayList<>();
        for (UserRepresentation user : pages((first, max) -> realm.users().search(null, first, max, null, false))) {
            users.put(user.getUsername(), user);
            realmUsers.add(Representations.user(user));
        }
        List<RealmRole> realmRoles = new ArrayList<>();
        for (RoleRepresentation role : pages((first, max) -> realm.roles().list(first, max, false))) {
            roles.put(role.getName(), role);
            if (!Representations.isBuiltIn(role, settings.realm())) {
                realmRoles.add(Representations.role(role));
            }
        }
        List<RealmClient> realmClients = new ArrayList<>();
        for (ClientRepresentation client : pages((first, max) -> realm.clients().findAll(null, null, null, first,
                max))) {
            clients.put(client.getClientId(), client);
            if (!Representations.isBuiltIn(client)) {
                realmClients.add(Representations.client(client));
            }
        }
        return new CurrentRealm(realmUsers, realmRoles, realmClients, mappingsOf(realmRoles));
    }

    /**
     * One request per managed role (its members are users and service accounts alike), {@value #READERS} at a time:
     * these requests are most of a whole-realm read, and Keycloak answers them in parallel.
     */
    private Set<RoleMapping> mappingsOf(List<RealmRole> realmRoles) {
        Map<String, String> usernamesById = new java.util.HashMap<>();
        users.values().forEach(user -> usernamesById.put(user.getId(), user.getUsername()));
        Map<String, String> clientIdsByAccount = new java.util.HashMap<>();
        clients.keySet().forEach(clientId -> clientIdsByAccount.put(
                Representations.SERVICE_ACCOUNT_PREFIX + clientId.toLowerCase(java.util.Locale.ROOT), clientId));
        List<RealmRole> managed = realmRoles.stream().filter(RealmRole::managed).toList();
        List<List<UserRepresentation>> members = inParallel(managed, role -> pages((first, max) -> realm.roles()
                .get(role.name()).getUserMembers(true, first, max)));
        Set<RoleMapping> mappings = new HashSet<>();
        for (int i = 0; i < managed.size(); i++) {
            String role = managed.get(i).name();
            for (UserRepresentation member : members.get(i)) {
                if (usernamesById.containsKey(member.getId())) {
                    mappings.add(RoleMapping.ofUser(member.getUsername(), role));
                } else if (clientIdsByAccount.containsKey(member.getUsername())) {
                    String clientId = clientIdsByAccount.get(member.getUsername());
                    serviceAccounts.put(clientId, member.getId());
                    mappings.add(RoleMapping.ofClient(clientId, role));
                }
            }
        }
        return mappings;
    }

    /**
     * Only the objects in {@code scope}, with the same rules as {@link #read()} (built-in roles and clients are left
     * out, service accounts are not users, mappings only to managed roles): a user is one search, a role one request,
     * a client one search; when managed roles are in scope, also the realm-role mappings of each user and client
     * service account in scope. Refreshes
     * the ids of exactly these objects, which are all a plan made within the scope refers to.
     */
    @Override
    public CurrentRealm read(SyncScope scope) {
        try {
            return readScope(scope);
        } catch (ProcessingException | WebApplicationException e) {
            throw failure("reading " + scope.describe() + " of realm " + settings.realm(), e, 0);
        }
    }

    private CurrentRealm readScope(SyncScope scope) {
        List<RealmRole> realmRoles = new ArrayList<>();
        for (String name : scope.roles()) {
            roles.remove(name);
            RoleRepresentation role;
            try {
                role = realm.roles().get(name).toRepresentation();
            } catch (NotFoundException absent) {
                continue;
            }
            roles.put(name, role);
            if (!Representations.isBuiltIn(role, settings.realm())) {
                realmRoles.add(Representations.role(role));
            }
        }
        // as in a whole read: only mappings to managed roles (the planner ignores the others anyway)
        Set<String> managedRoles = new HashSet<>();
        realmRoles.stream().filter(RealmRole::managed).forEach(role -> managedRoles.add(role.name()));
        boolean withMappings = !managedRoles.isEmpty();
        List<RealmUser> realmUsers = new ArrayList<>();
        Set<RoleMapping> mappings = new HashSet<>();
        for (String username : scope.users()) {
            users.remove(username);
            UserRepresentation user = realm.users().searchByUsername(username, true).stream()
                    .filter(found -> found.getUsername().equals(username) && found.getServiceAccountClientId() == null)
                    .findFirst().orElse(null);
            if (user == null) {
                continue;
            }
            users.put(username, user);
            realmUsers.add(Representations.user(user));
            if (withMappings) {
                realmRolesOf(user.getId()).stream().filter(managedRoles::contains)
                        .forEach(role -> mappings.add(RoleMapping.ofUser(username, role)));
            }
        }
        List<RealmClient> realmClients = new ArrayList<>();
        for (String clientId : scope.clients()) {
            clients.remove(clientId);
            serviceAccounts.remove(clientId);
            ClientRepresentation client = realm.clients().findByClientId(clientId).stream()
                    .filter(found -> found.getClientId().equals(clientId)).findFirst().orElse(null);
            if (client == null || Representations.isBuiltIn(client)) {
                continue;
            }
            clients.put(clientId, client);
            realmClients.add(Representations.client(client));
            if (withMappings && Boolean.TRUE.equals(client.isServiceAccountsEnabled())) {
                String account = realm.clients().get(client.getId()).getServiceAccountUser().getId();
                serviceAccounts.put(clientId, account);
                realmRolesOf(account).stream().filter(managedRoles::contains)
                        .forEach(role -> mappings.add(RoleMapping.ofClient(clientId, role)));
            }
        }
        return new CurrentRealm(realmUsers, realmRoles, realmClients, mappings);
    }

    /** The names of the realm roles mapped directly to a user or service account. */
    private List<String> realmRolesOf(String userId) {
        return realm.users().get(userId).roles().realmLevel().listAll().stream().map(RoleRepresentation::getName)
                .toList();
    }

    @Override
    public void apply(SyncPlan plan, ProgressListener progress) {
        List<SyncStep> steps = plan.steps();
        int done = 0;
        int next = 0;
        while (next < steps.size()) {
            SyncStep step = steps.get(next);
            int end = step.target() instanceof RoleMapping ? endOfSameSubject(steps, next) : next + 1;
            try {
                if (step.target() instanceof RoleMapping mapping) {
                    applyMappings(step.action(), mapping, steps.subList(next, end));
                } else {
                    applyObject(step);
                }
            } catch (ProcessingException | WebApplicationException e) {
                throw failure("applying step " + (done + 1) + " of " + steps.size() + " (" + step + ")", e, done);
            }
            for (SyncStep applied : steps.subList(next, end)) {
                progress.stepApplied(applied, ++done, steps.size());
            }
            next = end;
        }
    }

    /** Mapping steps of one subject and action follow each other (the planner sorts them): one request for all. */
    private static int endOfSameSubject(List<SyncStep> steps, int start) {
        SyncStep first = steps.get(start);
        String subject = ((RoleMapping) first.target()).subjectKey();
        int end = start + 1;
        while (end < steps.size() && steps.get(end).action() == first.action()
                && steps.get(end).target() instanceof RoleMapping mapping && mapping.subjectKey().equals(subject)) {
            end++;
        }
        return end;
    }

    private void applyObject(SyncStep step) {
        switch (step.target()) {
            case RealmRole role -> applyRole(step.action(), role);
            case RealmUser user -> applyUser(step.action(), user);
            case RealmClient client -> applyClient(step.action(), client);
            case RoleMapping mapping -> throw new IllegalArgumentException("not an object: " + mapping);
        }
    }

    private void applyRole(SyncAction action, RealmRole role) {
        switch (action) {
            case CREATE -> realm.roles().create(Representations.role(role, null));
            case UPDATE -> realm.roles().get(role.name()).update(Representations.role(role, roleRepresentation(
                    role.name())));
            case DELETE -> ignoringGone(() -> realm.roles().deleteRole(role.name()));
        }
        roles.remove(role.name());
    }

    private void applyUser(SyncAction action, RealmUser user) {
        if (action != SyncAction.DELETE) {
            ensureUserProfileKeepsMarker();
        }
        switch (action) {
            case CREATE -> {
                UserRepresentation rep = Representations.user(user, null);
                try (Response response = realm.users().create(rep)) {
                    rep.setId(CreatedResponseUtil.getCreatedId(response));
                }
                users.put(user.username(), rep);
            }
            case UPDATE -> {
                UserRepresentation rep = Representations.user(user, userRepresentation(user.username()));
                realm.users().get(rep.getId()).update(rep);
            }
            case DELETE -> {
                String id = userRepresentation(user.username()).getId();
                try (Response response = realm.users().delete(id)) {
                    expectSuccessOrGone(response);
                }
                users.remove(user.username());
            }
        }
    }

    private void applyClient(SyncAction action, RealmClient client) {
        switch (action) {
            case CREATE -> {
                ClientRepresentation rep = Representations.client(client, null);
                try (Response response = realm.clients().create(rep)) {
                    rep.setId(CreatedResponseUtil.getCreatedId(response));
                }
                clients.put(client.clientId(), rep);
            }
            case UPDATE -> {
                ClientRepresentation rep = Representations.client(client, clientRepresentation(client.clientId()));
                realm.clients().get(rep.getId()).update(rep);
            }
            case DELETE -> {
                String id = clientRepresentation(client.clientId()).getId();
                ignoringGone(() -> realm.clients().get(id).remove());
                clients.remove(client.clientId());
                serviceAccounts.remove(client.clientId());
            }
        }
    }

    private void applyMappings(SyncAction action, RoleMapping first, List<SyncStep> steps) {
        List<RoleRepresentation> mapped = steps.stream()
                .map(step -> roleRepresentation(((RoleMapping) step.target()).role())).toList();
        var realmLevel = realm.users().get(subjectId(first)).roles().realmLevel();
        if (action == SyncAction.DELETE) {
            realmLevel.remove(mapped);
        } else {
            realmLevel.add(mapped);
        }
    }

    private String subjectId(RoleMapping mapping) {
        if (mapping.subjectKind() == SubjectKind.PERSON) {
            return userRepresentation(mapping.subject()).getId();
        }
        return serviceAccounts.computeIfAbsent(mapping.subject(), clientId -> realm.clients()
                .get(clientRepresentation(clientId).getId()).getServiceAccountUser().getId());
    }

    /** Known from the last read or this apply; roles created by the plan are fetched all at once. */
    private RoleRepresentation roleRepresentation(String name) {
        RoleRepresentation known = roles.get(name);
        if (known != null && known.getId() != null) {
            return known;
        }
        pages((first, max) -> realm.roles().list(first, max, false)).forEach(role -> roles.put(role.getName(), role));
        RoleRepresentation role = roles.get(name);
        if (role == null) {
            throw new NotFoundException("realm role " + name + " not found");
        }
        return role;
    }

    private UserRepresentation userRepresentation(String username) {
        return users.computeIfAbsent(username, name -> realm.users().searchByUsername(name, true).stream()
                .filter(user -> user.getUsername().equals(name)).findFirst()
                .map(user -> realm.users().get(user.getId()).toRepresentation())
                .orElseThrow(() -> new NotFoundException("user " + name + " not found")));
    }

    private ClientRepresentation clientRepresentation(String clientId) {
        return clients.computeIfAbsent(clientId, id -> realm.clients().findByClientId(id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("client " + id + " not found")));
    }

    private void ensureUserProfileKeepsMarker() {
        if (userProfileChecked) {
            return;
        }
        UPConfig config = realm.users().userProfile().getConfiguration();
        UPConfig.UnmanagedAttributePolicy policy = config.getUnmanagedAttributePolicy();
        if (policy != UPConfig.UnmanagedAttributePolicy.ENABLED
                && policy != UPConfig.UnmanagedAttributePolicy.ADMIN_EDIT) {
            config.setUnmanagedAttributePolicy(UPConfig.UnmanagedAttributePolicy.ADMIN_EDIT);
            realm.users().userProfile().update(config);
        }
        userProfileChecked = true;
    }

    @Override
    public RealmEndpoints endpoints() {
        try {
            Map<String, Object> discovery = http.target(settings.serverUrl()).path("realms").path(settings.realm())
                    .path(".well-known").path("openid-configuration").request(MediaType.APPLICATION_JSON)
                    .get(new GenericType<Map<String, Object>>() { });
            return new RealmEndpoints((String) discovery.get("issuer"), (String) discovery.get("jwks_uri"));
        } catch (ProcessingException | WebApplicationException e) {
            throw failure("reading the discovery document of realm " + settings.realm(), e, 0);
        }
    }

    @Override
    public void close() {
        keycloak.close();
    }

    /** {@code read} of every item, {@value #READERS} at a time, results in the items' order; the first failure wins. */
    private static <T, R> List<R> inParallel(List<T> items, Function<T, R> read) {
        if (items.size() < 2) {
            return items.stream().map(read).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(READERS, items.size()),
                Thread.ofPlatform().daemon().name("keycloak-read-", 0).factory());
        try {
            List<Future<R>> reads = items.stream().map(item -> pool.submit(() -> read.apply(item))).toList();
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> pending : reads) {
                results.add(pending.get());
            }
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new ProcessingException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProcessingException("interrupted while reading", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> List<T> pages(BiFunction<Integer, Integer, List<T>> page) {
        List<T> all = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<T> items = page.apply(first, PAGE);
            all.addAll(items);
            if (items.size() < PAGE) {
                return all;
            }
        }
    }

    private static void ignoringGone(Runnable delete) {
        try {
            delete.run();
        } catch (NotFoundException alreadyGone) {
            // deleting what is gone is done: a retried plan converges
        }
    }

    private static void expectSuccessOrGone(Response response) {
        int status = response.getStatus();
        if (status >= 300 && status != 404) {
            throw new WebApplicationException(response);
        }
    }

    private IdentityDirectoryException failure(String doing, RuntimeException e, int applied) {
        String where = "Keycloak at " + settings.serverUrl() + ", realm " + settings.realm();
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            boolean retryable = status >= 500 || status == 404 || status == 409 || status == 429;
            String advice = e instanceof NotAuthorizedException || status == 403
                    ? "check the admin credentials and their roles" : retryable
                    ? "the realm changed or is busy: read, plan and apply again" : "the request was rejected";
            return new IdentityDirectoryException(where + " answered HTTP " + status + " while " + doing + "; "
                    + advice + " (" + applied + " steps applied)", retryable, applied, e);
        }
        return new IdentityDirectoryException(where + " is unreachable while " + doing + " (" + rootMessage(e)
                + "); " + applied + " steps applied and kept; retry later: read, plan and apply again", true,
                applied, e);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
