package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.portcullis.core.audit.AuditWords;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The free-text index of the audit history: {@code audit_word} holds each (word, event) of
 * {@link AuditWords#of}; the search looks words up here instead of scanning every event's JSON. Derived data, not
 * part of the hash chain (nothing hashes or verifies it); {@code AuditTrail} writes an event's words in the event's
 * transaction. This migration creates the table and fills it for the events already there, in keyset chunks (a
 * Java migration: splitting JSON values into words is not portable SQL); the indexes come after the fill, which is
 * faster than keeping them up to date row by row.
 *
 * <p>No foreign key to {@code audit_event}: it would cost a lookup per word on every append, and a word whose event
 * is gone matches nothing (the search joins on the event). Rebuilding it: {@code DELETE FROM audit_word}, then run
 * {@link #fill} (see docs/AUDIT.md).
 *
 * <p>(A class in Flyway's default package {@code db.migration}, next to the SQL migrations, so every place that
 * migrates with {@code classpath:db/migration} finds it.)
 */
public class V31__Audit_words extends BaseJavaMigration {

    private static final int CHUNK = 10_000;

    @Override
    public void migrate(Context context) throws Exception {
        var c = context.getConnection();
        try (var s = c.createStatement()) {
            s.execute("CREATE TABLE audit_word (word VARCHAR(" + AuditWords.MAX_LENGTH + ") NOT NULL,"
                    + " sequence BIGINT NOT NULL)");
        }
        fill(c);
        try (var s = c.createStatement()) {
            // word prefix -> events (the search); event -> words (checking one event while walking newest first).
            // Not unique: stale words under a reused number (a chain cut back in the database) must not block appends.
            s.execute("CREATE INDEX ix_audit_word_word ON audit_word (word, sequence)");
            s.execute("CREATE INDEX ix_audit_word_sequence ON audit_word (sequence, word)");
        }
    }

    /** Adds the words of every event to {@code audit_word} (which should be empty); returns how many words. */
    public static long fill(Connection c) throws SQLException {
        long after = Long.MIN_VALUE;
        long words = 0;
        try (var read = c.prepareStatement("SELECT sequence, actor, action, object_name, before_json, after_json"
                + " FROM audit_event WHERE sequence > ? ORDER BY sequence FETCH FIRST " + CHUNK + " ROWS ONLY");
             var insert = c.prepareStatement("INSERT INTO audit_word (word, sequence) VALUES (?, ?)")) {
            while (true) {
                read.setLong(1, after);
                int rows = 0;
                try (var rs = read.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getLong(1);
                        rows++;
                        for (var word : AuditWords.of(rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6))) {
                            insert.setString(1, word);
                            insert.setLong(2, after);
                            insert.addBatch();
                            words++;
                        }
                    }
                }
                insert.executeBatch();
                if (rows < CHUNK) {
                    return words;
                }
            }
        }
    }
}
