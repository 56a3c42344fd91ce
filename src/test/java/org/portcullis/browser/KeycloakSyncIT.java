package org.portcullis.browser;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.Condition;
import com.codeborne.selenide.Configuration;
import com.codeborne.selenide.Selenide;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.keycloak.representations.idm.UserRepresentation;
import org.portcullis.browser.pages.Grids;
import org.portcullis.browser.pages.LoginPage;
import org.portcullis.browser.pages.SyncPage;
import org.portcullis.core.sync.ManagedObject;
import org.portcullis.testing.Browser;
import org.portcullis.testing.KeycloakServer;
import org.portcullis.testing.PortalServer;
import org.portcullis.testing.TestRealm;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portal's Keycloak sync against a real Keycloak: approvals reach real tokens, expiry takes roles away again,
 * neither a stopped Keycloak nor a stopped portal loses approved work, hand edits are reverted and hand-made users
 * adopted. One extra portal (demo data, synced into
 * a realm this test creates) serves all tests; the last test restarts it on the same database.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakSyncIT {

    static final String DAVE_PASSWORD = "dave-keycloak-test-only";
    static final Duration SYNCED = Duration.ofSeconds(90);

    static KeycloakServer keycloak;
    static TestRealm realm;
    static PortalServer portal;

    @BeforeAll
    static void startPortalConnectedToKeycloak() {
        keycloak = KeycloakServer.shared();
        realm = new TestRealm(keycloak, "portal-sync");
        portal = PortalServer.start(environment());
        Browser.configure(portal.url());
    }

    static Map<String, String> environment() {
        var env = new HashMap<>(realm.portalEnvironment());
        env.put("PORTCULLIS_KEYCLOAK_POLL_SECONDS", "1");
        env.put("PORTCULLIS_KEYCLOAK_RETRY_INITIAL_SECONDS", "2");
        env.put("PORTCULLIS_KEYCLOAK_RETRY_MAX_SECONDS", "8");
        return env;
    }

    @AfterAll
    static void stopEverything() {
        Selenide.closeWebDriver();
        try {
            if (portal != null) {
                portal.stop();
            }
        } finally {
            keycloak.start();
            realm.close();
        }
    }

    @Test
    @Order(1)
    void approvedRoleReachesDavesTokenAndItsExpiryTakesItAway() throws SQLException {
        await().atMost(SYNCED).until(() -> realm.hasUser("dave") && pendingWork() == 0);
        realm.setPassword("dave", DAVE_PASSWORD);
        assertThat(realm.userTokenRoles("dave", DAVE_PASSWORD)).doesNotContain("vector-reader");
        assertThat(realm.workloadTokenRoles("postprocessor", realm.regenerateSecret("postprocessor")))
                .contains("vector-reader");

        long id = LoginPage.open().signInAs("dave").catalogue()
                .requestRole("vector-reader", "1 day", "Investigating recall of the vector search").id();
        var request = LoginPage.open().signInAs("alice").request(id);
        $("#keycloak-plan-steps").shouldHave(Condition.text("create role-mapping/user/dave->vector-reader"));
        long approved = System.nanoTime();
        request.approve("one day is fine").shouldBeIn("applied");
        await().atMost(SYNCED).pollInterval(Duration.ofMillis(200))
                .until(() -> realm.userTokenRoles("dave", DAVE_PASSWORD).contains("vector-reader"));
        System.err.printf("Keycloak sync: approval to role in a fresh token %.1f s%n",
                (System.nanoTime() - approved) / 1e9);

        expireInDatabase("dave", "vector-reader");
        long expired = System.nanoTime();
        await().atMost(SYNCED).pollInterval(Duration.ofMillis(200))
                .until(() -> !realm.userTokenRoles("dave", DAVE_PASSWORD).contains("vector-reader"));
        System.err.printf("Keycloak sync: expiry in the database to role gone from a fresh token %.1f s%n",
                (System.nanoTime() - expired) / 1e9);
        assertThat(realm.workloadTokenRoles("postprocessor", realm.regenerateSecret("postprocessor")))
                .contains("vector-reader");

        var page = SyncPage.open();
        page.connection().shouldHave(Condition.text("realm portal-sync"));
        page.issuer().shouldHave(Condition.text(keycloak.url() + "/realms/portal-sync"));
        page.jwks().shouldHave(Condition.text("/realms/portal-sync/protocol/openid-connect/certs"));
        page.runs().shouldHave(CollectionCondition.itemWithText("succeeded"));
        page.runs().shouldHave(CollectionCondition.itemWithText("request #" + id));
        page.checkDrift().driftStatus().shouldHave(Condition.text("Last checked"));
        page.unmanaged().shouldHave(CollectionCondition.itemWithText("client/" + TestRealm.LOGIN_CLIENT));
        Selenide.screenshot("sync-page");
    }

    @Test
    @Order(2)
    void keycloakDownKeepsTheWorkQueuedAndRetriedUntilItIsBack() throws SQLException {
        keycloak.stop();
        long id = LoginPage.open().signInAs("dave").catalogue()
                .requestRole("ml-user", "1 day", "Trying the gateway as an end user").id();
        var request = LoginPage.open().signInAs("alice").request(id);
        $("#keycloak-plan-steps").shouldHave(Condition.text("create role-mapping/user/dave->ml-user"));
        request.approve("ok").shouldBeIn("applied");

        var page = SyncPage.open();
        page.runs().shouldHave(CollectionCondition.itemWithText("failed"), Duration.ofSeconds(30));
        page.queue().shouldHave(CollectionCondition.itemWithText("request #" + id));
        page.queueTitle().shouldHave(Condition.exactText("Queue: 1 waiting"));
        await().atMost(SYNCED).until(() -> attemptsOf(id) >= 2);
        Selenide.screenshot("sync-page-keycloak-down");

        keycloak.start();
        await().atMost(SYNCED).pollInterval(Duration.ofMillis(500))
                .until(() -> pendingWork() == 0);
        assertThat(realm.userTokenRoles("dave", DAVE_PASSWORD)).contains("ml-user");
        page.queueTitle().shouldHave(Condition.exactText("Queue: 0 waiting"), Duration.ofSeconds(10));
    }

    @Test
    @Order(3)
    void portalStoppedWithQueuedWorkResumesItAfterTheRestart() throws SQLException {
        keycloak.stop();
        long id = LoginPage.open().signInAs("erin").catalogue()
                .requestRole("vector-reader", "1 day", "Checking the embeddings of the nightly batch").id();
        LoginPage.open().signInAs("bob").request(id).approve("ok").shouldBeIn("applied");
        await().atMost(SYNCED).until(() -> attemptsOf(id) >= 1);

        portal.stop();
        keycloak.start();
        portal = PortalServer.start(environment(), portal.dataDir());
        Configuration.baseUrl = portal.url();

        await().atMost(SYNCED).pollInterval(Duration.ofMillis(500)).until(() -> pendingWork() == 0);
        realm.setPassword("erin", "erin-keycloak-test-only");
        assertThat(realm.userTokenRoles("erin", "erin-keycloak-test-only")).contains("vector-reader");
        LoginPage.open().signInAs("carol");
        // NO_CHANGE counts too: on a reused --rootdir Payara Micro first starts the old deployment, whose worker may
        // apply the work and then lose its database pool to the redeployment before it records the run
        assertThat(count("SELECT COUNT(*) FROM sync_run r JOIN sync_work w ON w.run_id = r.id"
                + " WHERE w.request_id = " + id + " AND r.status IN ('SUCCEEDED', 'NO_CHANGE')")).isEqualTo(1);
        SyncPage.open().runs().shouldHave(CollectionCondition.itemWithText("request #" + id));
    }

    @Test
    @Order(4)
    void handEditedEmailIsListedAsDriftAndRevertWritesTheModelValueBack() throws SQLException {
        keycloak.start();
        await().atMost(SYNCED).until(() -> realm.hasUser("carol") && pendingWork() == 0);
        var carol = realm.realm().users().searchByUsername("carol", true).getFirst();
        String modelEmail = carol.getEmail();
        assertThat(carol.getAttributes()).containsEntry(ManagedObject.MANAGED_ATTRIBUTE, List.of("true"));
        carol.setEmail("carol@hand-edited.example");
        realm.realm().users().get(carol.getId()).update(carol);

        LoginPage.open().signInAs("alice");
        var page = SyncPage.open().checkDrift();
        page.reverts().shouldHave(CollectionCondition.itemWithText("update user/carol"));
        page.reverts().shouldHave(CollectionCondition.itemWithText(
                "email: carol@hand-edited.example → " + modelEmail));
        Selenide.screenshot("sync-page-drift-revert");
        page.revert();

        await().atMost(SYNCED).pollInterval(Duration.ofMillis(500))
                .until(() -> modelEmail.equals(emailOf("carol")));
        await().atMost(SYNCED).until(() -> pendingWork() == 0);
        page.runs().shouldHave(CollectionCondition.itemWithText("sync now (alice)"));
        SyncPage.open().checkDrift().reverts().shouldHave(CollectionCondition.noneMatch("no revert of carol",
                cell -> cell.getText().contains("user/carol")), Duration.ofSeconds(30));
    }

    @Test
    @Order(5)
    void adoptingAnUnmanagedUserNeedsAnotherAdminsApprovalThenTheSyncManagesIt() throws SQLException {
        keycloak.start();
        var frank = new UserRepresentation();
        frank.setUsername("frank");
        frank.setEmail("frank@hand-made.example");
        frank.setFirstName("Frank");
        frank.setLastName("Castle");
        frank.setEnabled(true);
        realm.realm().users().create(frank).close();

        LoginPage.open().signInAs("alice");
        var page = SyncPage.open().checkDrift();
        page.unmanaged().shouldHave(CollectionCondition.itemWithText("user/frank"));
        long id = page.adopt("user/frank");

        var request = LoginPage.open().signInAs("alice").request(id);
        request.title().shouldHave(Condition.text("Adopt Keycloak user/frank"));
        request.decideReason().shouldHave(Condition.text("cannot decide on your own request"));
        LoginPage.open().signInAs("bob").request(id).approve("frank works here").shouldBeIn("applied");

        await().atMost(SYNCED).pollInterval(Duration.ofMillis(500))
                .until(() -> attributesOf("frank").getOrDefault(ManagedObject.MANAGED_ATTRIBUTE, List.of())
                        .contains("true"));
        await().atMost(SYNCED).until(() -> pendingWork() == 0);
        assertThat(count("SELECT COUNT(*) FROM sync_adoption")).isZero();
        assertThat(emailOf("frank")).isEqualTo("frank@hand-made.example");

        Selenide.open("/people");
        Grids.shouldContain("people-grid", "frank");
        Grids.shouldContain("people-grid", "Frank Castle");
        SyncPage.open().unmanaged().shouldHave(CollectionCondition.noneMatch("frank not drift",
                cell -> cell.getText().contains("user/frank")));
    }

    static String emailOf(String username) {
        return realm.realm().users().searchByUsername(username, true).getFirst().getEmail();
    }

    static Map<String, List<String>> attributesOf(String username) {
        var attributes = realm.realm().users().searchByUsername(username, true).getFirst().getAttributes();
        return attributes == null ? Map.of() : attributes;
    }

    static long pendingWork() throws SQLException {
        return count("SELECT COUNT(*) FROM sync_work WHERE state = 'PENDING'");
    }

    static long attemptsOf(long requestId) throws SQLException {
        return count("SELECT COALESCE(MAX(attempts), 0) FROM sync_work WHERE request_id = " + requestId);
    }

    static long count(String sql) throws SQLException {
        try (var db = DriverManager.getConnection(portal.jdbcUrl(), "portcullis", "portcullis");
             var query = db.prepareStatement(sql); var rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static void expireInDatabase(String username, String role) throws SQLException {
        try (var db = DriverManager.getConnection(portal.jdbcUrl(), "portcullis", "portcullis");
             var update = db.prepareStatement("UPDATE role_assignment SET expires_at = DATEADD('MINUTE', -1,"
                     + " CURRENT_TIMESTAMP) WHERE role_id = (SELECT id FROM portal_role WHERE name = ?)"
                     + " AND person_id = (SELECT id FROM person WHERE username = ?)")) {
            update.setString(1, role);
            update.setString(2, username);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
