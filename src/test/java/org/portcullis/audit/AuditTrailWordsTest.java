package org.portcullis.audit;

import db.migration.V31__Audit_words;
import org.junit.jupiter.api.Test;
import org.portcullis.persistence.TestDatabase;
import org.portcullis.testing.Facades;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AuditTrail} writes each event's words with it, also where stale words were left under its number (a chain
 * cut back in the database): the append goes through, and a rebuild of the index drops the stale words.
 */
class AuditTrailWordsTest {

    @Test
    void staleWordsUnderTheNextNumberDoNotBlockTheAppendAndGoWithARebuild() throws SQLException {
        try (var db = TestDatabase.fresh();
             var c = DriverManager.getConnection(db.url(), "portcullis", "portcullis")) {
            // what a chain cut back in the database leaves: words of an event that is gone, under number 1
            try (var s = c.createStatement()) {
                s.executeUpdate("INSERT INTO audit_word (word, sequence) VALUES ('ghost', 1), ('alice', 1)");
            }
            var em = db.entityManager();
            var trail = Facades.inject(Facades.inject(Facades.inject(new AuditTrail(), "em", em), "clock",
                    Clock.systemUTC()), "clientAddress", new ClientAddress());
            em.getTransaction().begin();
            trail.record(AuditTrail.Event.of("alice", "signin").about("person", "alice"));
            em.getTransaction().commit();
            em.close();

            assertThat(AuditQueries.page(c, text("alice"), 0, 10)).extracting(AuditViews.Row::sequence)
                    .containsExactly(1L);
            assertThat(words(c)).containsExactly("alice", "alice", "ghost", "signin");
            // the stale word over-finds until the index is rebuilt (docs/AUDIT.md)
            assertThat(AuditQueries.page(c, text("ghost"), 0, 10)).hasSize(1);
            try (var s = c.createStatement()) {
                s.executeUpdate("DELETE FROM audit_word");
            }
            V31__Audit_words.fill(c);
            assertThat(words(c)).containsExactly("alice", "signin");
            assertThat(AuditQueries.page(c, text("ghost"), 0, 10)).isEmpty();
        }
    }

    private static java.util.List<String> words(java.sql.Connection c) throws SQLException {
        try (var s = c.createStatement();
             var rs = s.executeQuery("SELECT word FROM audit_word WHERE sequence = 1 ORDER BY word")) {
            var words = new java.util.ArrayList<String>();
            while (rs.next()) {
                words.add(rs.getString(1));
            }
            return words;
        }
    }

    private static AuditFilter text(String text) {
        return new AuditFilter(null, null, null, null, null, null, null, text);
    }
}
