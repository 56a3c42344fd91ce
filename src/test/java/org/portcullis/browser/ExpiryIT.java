package org.portcullis.browser;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.Condition;
import com.codeborne.selenide.Selenide;
import org.junit.jupiter.api.Test;
import org.portcullis.browser.pages.Grids;
import org.portcullis.browser.pages.LoginPage;
import org.portcullis.browser.pages.Vaadin;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A time-bound grant is revoked by the portal's expiry job once its time is up. The test cannot wait an hour, so it
 * moves the grant's expiry into the past directly in the portal's database; everything after that is the real job.
 */
class ExpiryIT extends BrowserTest {

    @Test
    void expiredRoleIsRevokedBySystemAndShowsInTheHistory() throws SQLException {
        long id = LoginPage.open().signInAs("erin").catalogue()
                .requestRole("auditor", "1 hour", "Quarterly access review").id();
        LoginPage.open().signInAs("alice").request(id).approve("for the review").shouldBeIn("applied");

        try (var db = DriverManager.getConnection(portal.jdbcUrl(), "portcullis", "portcullis");
             var update = db.prepareStatement("UPDATE role_assignment SET expires_at = DATEADD('MINUTE', -1, CURRENT_TIMESTAMP)"
                     + " WHERE role_id = (SELECT id FROM portal_role WHERE name = 'auditor')"
                     + " AND person_id = (SELECT id FROM person WHERE username = 'erin')")) {
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            try (var db = DriverManager.getConnection(portal.jdbcUrl(), "portcullis", "portcullis");
                 var query = db.prepareStatement("SELECT COUNT(*) FROM role_assignment a JOIN person p ON a.person_id = p.id"
                         + " JOIN portal_role r ON a.role_id = r.id WHERE p.username = 'erin' AND r.name = 'auditor'");
                 var rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) == 0;
            }
        });

        LoginPage.open().signInAs("carol");
        Selenide.open("/requests");
        Grids.shouldContain("all-requests-grid", "Expire role assignment auditor → person erin");
        Grids.cells("all-requests-grid").findBy(Condition.text("Expire role assignment auditor → person erin")).click();
        $("#request-state").shouldHave(Condition.exactText("applied"));
        $("#request-title").shouldHave(Condition.text("Expire"));
        screenshot("expiry-request");

        Selenide.open("/assignments");
        Vaadin.type("assignments-filter", "erin");
        Grids.cells("assignments-grid").shouldHave(CollectionCondition.noneMatch("auditor still granted to erin",
                c -> c.getText().equals("auditor")));
    }
}
