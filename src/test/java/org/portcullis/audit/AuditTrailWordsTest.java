package org.portcullis.audit;

import org.junit.jupiter.api.Test;
import org.portcullis.persistence.TestDatabase;
import org.portcullis.testing.Facades;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link AuditTrail} writes each event's words with it, also where stale words were left under its number. */
class AuditTrailWordsTest {

    @Test
    void staleWordsUnderTheNextNumberNeitherBlockTheAppendNorMatch() throws SQLException {
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

            assertThat(AuditQueries.page(c, text("ghost"), 0, 10)).isEmpty();
            assertThat(AuditQueries.page(c, text("alice"), 0, 10)).extracting(AuditViews.Row::sequence)
                    .containsExactly(1L);
            try (var s = c.createStatement();
                 var rs = s.executeQuery("SELECT word FROM audit_word WHERE sequence = 1 ORDER BY word")) {
                var words = new java.util.ArrayList<String>();
                while (rs.next()) {
                    words.add(rs.getString(1));
                }
                assertThat(words).containsExactly("alice", "signin");
            }
        }
    }

    private static AuditFilter text(String text) {
        return new AuditFilter(null, null, null, null, null, null, null, text);
    }
}
