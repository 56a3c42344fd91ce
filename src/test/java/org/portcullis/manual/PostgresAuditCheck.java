package org.portcullis.manual;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.Selenide;
import org.portcullis.browser.pages.AuditPage;
import org.portcullis.browser.pages.LoginPage;
import org.portcullis.testing.Browser;
import org.portcullis.testing.PortalServer;

import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * A manual check, not a test: the portal on a PostgreSQL started by hand, first as the schema owner (migrations,
 * demo seed), then as an application role that may only SELECT and INSERT audit events (and UPDATE the head row).
 * Signs in, verifies and exports through the browser, and shows that the application role cannot rewrite history.
 * See docs/AUDIT.md. Arguments: jdbc url, owner user, owner password, app user, app password, superuser.
 */
public final class PostgresAuditCheck {

    public static void main(String[] args) throws Exception {
        var url = args[0];
        var owner = Map.of("PORTCULLIS_DB_DATASOURCE", "org.postgresql.ds.PGSimpleDataSource",
                "PORTCULLIS_DB_URL", url, "PORTCULLIS_DB_USER", args[1], "PORTCULLIS_DB_PASSWORD", args[2]);
        run("as owner", owner);
        try (var c = DriverManager.getConnection(url, args[5], "")) {
            for (var sql : new String[]{
                    "GRANT USAGE ON SCHEMA public TO " + args[3],
                    "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + args[3],
                    "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + args[3],
                    "REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM " + args[3],
                    "REVOKE DELETE, TRUNCATE ON audit_head FROM " + args[3]}) {
                c.createStatement().execute(sql);
                System.out.println("CHECK granted: " + sql);
            }
        }
        var app = Map.of("PORTCULLIS_DB_DATASOURCE", "org.postgresql.ds.PGSimpleDataSource",
                "PORTCULLIS_DB_URL", url, "PORTCULLIS_DB_USER", args[3], "PORTCULLIS_DB_PASSWORD", args[4]);
        run("as insert-only application role", app);
        try (var c = DriverManager.getConnection(url, args[3], args[4])) {
            for (var sql : new String[]{"UPDATE audit_event SET actor = 'mallory' WHERE sequence = 1",
                    "DELETE FROM audit_event WHERE sequence = 1", "TRUNCATE audit_event",
                    "DELETE FROM audit_head"}) {
                try {
                    c.createStatement().executeUpdate(sql);
                    System.out.println("CHECK UNEXPECTEDLY ALLOWED: " + sql);
                } catch (SQLException refused) {
                    System.out.println("CHECK refused as intended: " + sql + " -> " + refused.getMessage());
                }
            }
        }
    }

    private static void run(String label, Map<String, String> env) throws Exception {
        var portal = PortalServer.start(env);
        try {
            Browser.configure(portal.url());
            LoginPage.open().signInAs("carol");
            var audit = AuditPage.open();
            System.out.println("CHECK " + label + ": " + audit.count().getText());
            System.out.println("CHECK " + label + ": " + audit.verify().shouldHave(Condition.text("Intact")).getText());
            var csv = Files.readAllLines(audit.downloadCsv().toPath());
            System.out.println("CHECK " + label + ": export " + csv.size() + " lines, trailer " + csv.getLast());
        } finally {
            Selenide.closeWebDriver();
            portal.stop();
        }
    }
}
