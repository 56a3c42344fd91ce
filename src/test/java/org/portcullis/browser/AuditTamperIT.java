package org.portcullis.browser;

import com.codeborne.selenide.Condition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.browser.pages.AuditPage;
import org.portcullis.browser.pages.LoginPage;
import org.portcullis.core.audit.AuditChain;
import org.portcullis.core.audit.AuditContent;
import org.portcullis.core.audit.AuditRecord;
import org.portcullis.core.audit.ChainHead;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Tampers with the portal's own audit table through plain JDBC, as someone with write access to the database would,
 * and checks that "Verify chain" names the right event and kind; then puts the rows back exactly and checks the
 * chain verifies intact again (the other tests share this database).
 */
class AuditTamperIT extends BrowserTest {

    private static final String COLUMNS = "sequence, at, actor, action, object_type, object_name, change_request,"
            + " before_json, after_json, client_address, previous_hash, hash";

    private AuditPage audit;

    @BeforeEach
    void signInAsAuditor() {
        LoginPage.open().signInAs("carol");
        audit = AuditPage.open();
        audit.verify().shouldHave(Condition.text("Intact through event"));
    }

    @Test
    void editedEventIsReportedAsEditedAtItsNumber() throws SQLException {
        long k = head() - 3;
        var original = read(k);
        execute("UPDATE audit_event SET actor = 'mallory' WHERE sequence = " + k);
        try {
            audit.verify().shouldHave(Condition.text("Broken at event " + k + " (EDITED)"));
        } finally {
            try (var c = connect(); var s = c.prepareStatement("UPDATE audit_event SET actor = ? WHERE sequence = ?")) {
                s.setString(1, original.actor());
                s.setLong(2, k);
                s.executeUpdate();
            }
        }
        audit.verify().shouldHave(Condition.text("Intact through event"));
    }

    @Test
    void deletedEventIsReportedAsDeletedAtItsNumber() throws SQLException {
        long k = head() - 3;
        var original = read(k);
        execute("DELETE FROM audit_event WHERE sequence = " + k);
        try {
            audit.verify().shouldHave(Condition.text("Broken at event " + k + " (DELETED)"));
        } finally {
            try (var c = connect()) {
                insert(c, original);
            }
        }
        audit.verify().shouldHave(Condition.text("Intact through event"));
    }

    @Test
    void eventSlippedInBeforeTheNewestIsReportedAsInserted() throws SQLException {
        long h;
        try (var c = connect()) {
            c.setAutoCommit(false);
            h = lockHead(c);
            var previous = read(c, h - 1);
            var forged = AuditChain.next(previous.head(), new AuditContent(previous.at(), "mallory", "signin",
                    "person", "mallory", null, null, null, "203.0.113.7"));
            execute(c, "UPDATE audit_event SET sequence = " + (h + 1) + " WHERE sequence = " + h);
            insert(c, forged);
            execute(c, "UPDATE audit_head SET sequence = " + (h + 1) + " WHERE id = 1");
            c.commit();
        }
        try {
            audit.verify().shouldHave(Condition.text("Broken at event " + h + " (INSERTED)"));
        } finally {
            removeForgedAndReseal(h);
        }
        audit.verify().shouldHave(Condition.text("Intact through event"));
    }

    /**
     * Takes the forged event out and renumbers what follows it; events the portal appended meanwhile (the
     * verification's own) are sealed again onto the restored chain. The original event gets back its own hash.
     */
    private void removeForgedAndReseal(long forgedAt) throws SQLException {
        try (var c = connect()) {
            c.setAutoCommit(false);
            lockHead(c);
            var rest = new ArrayList<AuditRecord>();
            try (var s = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_event WHERE sequence > ?"
                    + " ORDER BY sequence")) {
                s.setLong(1, forgedAt);
                try (var rs = s.executeQuery()) {
                    while (rs.next()) {
                        rest.add(record(rs));
                    }
                }
            }
            execute(c, "DELETE FROM audit_event WHERE sequence >= " + forgedAt);
            ChainHead head = read(c, forgedAt - 1).head();
            for (var r : rest) {
                var resealed = AuditChain.next(head, r.content());
                insert(c, resealed);
                head = resealed.head();
            }
            try (var s = c.prepareStatement("UPDATE audit_head SET sequence = ?, hash = ? WHERE id = 1")) {
                s.setLong(1, head.sequence());
                s.setString(2, head.hash());
                s.executeUpdate();
            }
            c.commit();
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(portal.jdbcUrl(), "portcullis", "portcullis");
    }

    private static long head() throws SQLException {
        try (var c = connect(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT MAX(sequence) FROM audit_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Locks the head row as the portal does for every append, so no append runs meanwhile. */
    private static long lockHead(Connection c) throws SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery("SELECT sequence FROM audit_head WHERE id = 1 FOR UPDATE")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (var c = connect()) {
            execute(c, sql);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static AuditRecord read(long sequence) throws SQLException {
        try (var c = connect()) {
            return read(c, sequence);
        }
    }

    private static AuditRecord read(Connection c, long sequence) throws SQLException {
        try (var s = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_event WHERE sequence = ?")) {
            s.setLong(1, sequence);
            try (var rs = s.executeQuery()) {
                rs.next();
                return record(rs);
            }
        }
    }

    private static AuditRecord record(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, Long.class), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12));
    }

    private static void insert(Connection c, AuditRecord r) throws SQLException {
        try (var s = c.prepareStatement("INSERT INTO audit_event (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            List<Object> values = java.util.Arrays.asList(r.sequence(), OffsetDateTime.ofInstant(r.at(), ZoneOffset.UTC),
                    r.actor(), r.action(), r.objectType(), r.objectName(), r.changeRequest(), r.before(), r.after(),
                    r.clientAddress(), r.previousHash(), r.hash());
            for (int i = 0; i < values.size(); i++) {
                s.setObject(i + 1, values.get(i));
            }
            s.executeUpdate();
        }
    }
}
