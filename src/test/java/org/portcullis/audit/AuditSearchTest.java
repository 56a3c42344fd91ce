package org.portcullis.audit;

import db.migration.V31__Audit_words;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.portcullis.core.audit.AuditWords;
import org.portcullis.persistence.TestDatabase;
import org.portcullis.testing.Facades;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit filters on a real H2 database: events appended by {@link AuditTrail} (which writes the word index), then
 * found by {@link AuditQueries} under every plan it can choose.
 *
 * <p>The same on PostgreSQL, by hand: give an empty database,
 * {@code -Dportcullis.audit.postgres=jdbc:postgresql://127.0.0.1:5432/search -Dportcullis.audit.postgres.user=..
 * -Dportcullis.audit.postgres.password=..} (then the H2-only plans, index ranges and {@code USE INDEX}, are skipped).
 */
class AuditSearchTest {

    private static final String POSTGRES = System.getProperty("portcullis.audit.postgres");

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final String DAVE = "{\"expiresAt\":null,\"role\":\"vector-reader\",\"subject\":\"Dave\","
            + "\"subjectKind\":\"PERSON\"}";
    private static final String LLM = "{\"name\":\"llm-service\",\"namespace\":\"ml\",\"ports\":[8443],"
            + "\"owner\":\"erin\"}";
    private static final String CALL = "{\"source\":\"api-gateway\",\"destination\":\"llm-service\","
            + "\"paths\":[\"/v1/embeddings\"]}";

    private static TestDatabase db;
    private static jakarta.persistence.EntityManagerFactory postgres;
    private static Connection connection;

    @BeforeAll
    static void appendEvents() throws SQLException {
        jakarta.persistence.EntityManager em;
        if (POSTGRES == null) {
            db = TestDatabase.fresh();
            em = db.entityManager();
            connection = DriverManager.getConnection(db.url(), "portcullis", "portcullis");
        } else {
            var user = System.getProperty("portcullis.audit.postgres.user");
            var password = System.getProperty("portcullis.audit.postgres.password", "");
            org.flywaydb.core.Flyway.configure().dataSource(POSTGRES, user, password)
                    .locations("classpath:db/migration").load().migrate();
            postgres = jakarta.persistence.Persistence.createEntityManagerFactory("portcullis-test", java.util.Map.of(
                    "jakarta.persistence.jdbc.url", POSTGRES, "jakarta.persistence.jdbc.driver",
                    "org.postgresql.Driver", "jakarta.persistence.jdbc.user", user,
                    "jakarta.persistence.jdbc.password", password));
            em = postgres.createEntityManager();
            connection = DriverManager.getConnection(POSTGRES, user, password);
        }
        var trail = Facades.inject(Facades.inject(new AuditTrail(), "em", em), "clientAddress", new ClientAddress());
        record(em, trail, 1, AuditTrail.Event.of("alice", "signin").about("person", "alice"));
        record(em, trail, 2, AuditTrail.Event.of("dave", "request.submitted").about("request", "#7").request(7L)
                .change(null, "{\"title\":\"Vector reader for Dave\",\"justification\":\"Embeddings eval\"}"));
        record(em, trail, 3, AuditTrail.Event.of("alice", "inventory.created")
                .about("ROLE_ASSIGNMENT", "vector-reader → person dave").request(7L).change(null, DAVE));
        record(em, trail, 4, AuditTrail.Event.of("system", "inventory.created").about("WORKLOAD", "llm-service")
                .change(null, LLM));
        record(em, trail, 5, AuditTrail.Event.of("bob", "inventory.created")
                .about("SERVICE_PERMISSION", "api-gateway->llm-service").request(8L).change(null, CALL));
        record(em, trail, 6, AuditTrail.Event.of("alice", "inventory.deleted")
                .about("ROLE_ASSIGNMENT", "vector-reader → person dave").request(9L).change(DAVE, null));
        record(em, trail, 7, AuditTrail.Event.of("erin", "signin").about("person", "erin"));
        record(em, trail, 8, AuditTrail.Event.of("alice", "inventory.created")
                .about("ROLE_ASSIGNMENT", "vector_reader → person dave").change(null, "{\"role\":\"vector_reader\"}"));
        em.close();
    }

    private static void record(jakarta.persistence.EntityManager em, AuditTrail trail, int minute,
                               AuditTrail.Event event) {
        Facades.inject(trail, "clock", Clock.fixed(T0.plusSeconds(60L * minute), ZoneOffset.UTC));
        em.getTransaction().begin();
        trail.record(event);
        em.getTransaction().commit();
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
        if (db != null) {
            db.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static AuditFilter text(String text) {
        return new AuditFilter(null, null, null, null, null, null, null, text);
    }

    private static AuditFilter name(String name) {
        return new AuditFilter(null, null, null, null, null, name, null, null);
    }

    static Stream<Arguments> filters() {
        return Stream.of(
                // a word in a JSON value, any case; a word of the object name
                Arguments.of(text("dave"), List.of(8L, 6L, 3L, 2L)),
                Arguments.of(text("DAVE"), List.of(8L, 6L, 3L, 2L)),
                // words start with what was typed: the whole run or one of its parts
                Arguments.of(text("vector-re"), List.of(6L, 3L)),
                Arguments.of(text("reader"), List.of(8L, 6L, 3L, 2L)),
                Arguments.of(text("vector_reader"), List.of(8L)),
                Arguments.of(text("llm-service"), List.of(5L, 4L)),
                Arguments.of(text("gateway"), List.of(5L)),
                Arguments.of(text("/v1/embeddings"), List.of(5L)),
                Arguments.of(text("embed"), List.of(5L, 2L)),
                Arguments.of(text("8443"), List.of(4L)),
                Arguments.of(text("erin"), List.of(7L, 4L)),
                Arguments.of(text("inventory.del"), List.of(6L)),
                // no false positives: inside a word, JSON keys, literals, nothing at all
                Arguments.of(text("ave"), List.of()),
                Arguments.of(text("subject"), List.of()),
                Arguments.of(text("expiresAt"), List.of()),
                Arguments.of(text("null"), List.of()),
                Arguments.of(text("vector-readers"), List.of()),
                Arguments.of(text("carol"), List.of()),
                // several words: all must match
                Arguments.of(text("dave eval"), List.of(2L)),
                Arguments.of(text("alice dave"), List.of(8L, 6L, 3L)),
                Arguments.of(text("role-3 → person"), List.of()),
                // combined with time and actor filters
                Arguments.of(new AuditFilter(T0.plusSeconds(60 * 4), null, null, null, null, null, null, "dave"),
                        List.of(8L, 6L)),
                Arguments.of(new AuditFilter(null, T0.plusSeconds(60 * 3), null, null, null, null, null, "dave"),
                        List.of(3L, 2L)),
                Arguments.of(new AuditFilter(null, null, "alice", null, null, null, null, "dave"),
                        List.of(8L, 6L, 3L)),
                Arguments.of(new AuditFilter(null, null, "alice", "inventory.created", null, null, null, "vector"),
                        List.of(8L, 3L)),
                // object-name prefixes: an index range on H2, with LIKE's special characters taken literally
                Arguments.of(name("vector-*"), List.of(6L, 3L)),
                Arguments.of(name("vector_*"), List.of(8L)),
                Arguments.of(name("vector*"), List.of(8L, 6L, 3L)),
                Arguments.of(name("api-gateway->*"), List.of(5L)),
                Arguments.of(name("Vector*"), List.of()),
                Arguments.of(name("llm-service"), List.of(4L)),
                Arguments.of(new AuditFilter(null, null, null, null, "ROLE_ASSIGNMENT", "vector*", 9L, "dave"),
                        List.of(6L)));
    }

    @ParameterizedTest
    @MethodSource("filters")
    void shouldFindExactlyTheseEventsNewestFirst(AuditFilter filter, List<Long> expected) throws SQLException {
        assertThat(sequences(AuditQueries.page(connection, filter, 0, 50))).isEqualTo(expected);
        assertThat(AuditQueries.cappedCount(connection, filter)).isEqualTo(expected.size());
    }

    @ParameterizedTest
    @MethodSource("filters")
    void everyPlanFindsTheSameEvents(AuditFilter filter, List<Long> expected) throws SQLException {
        for (var search : plans(filter)) {
            assertThat(sequences(AuditQueries.rows(connection, AuditQueries.page(search, 0, 50))))
                    .as("%s", search).isEqualTo(expected);
            if (POSTGRES == null) {
                assertThat(sequences(AuditQueries.rows(connection, AuditQueries.pageNewestFirstIndex(search, 0,
                        50)))).as("%s walking newest first", search).isEqualTo(expected);
            }
        }
        var streamed = new ArrayList<Long>();
        AuditQueries.streamAll(connection, filter, r -> streamed.add(r.sequence()));
        assertThat(streamed.reversed()).isEqualTo(expected);
    }

    /** Each typed word driving, none driving, and prefixes as LIKE (as on PostgreSQL). */
    private static List<AuditSearch> plans(AuditFilter filter) {
        var words = AuditWords.query(filter.text());
        var plans = new ArrayList<AuditSearch>();
        for (boolean binary : POSTGRES == null ? List.of(true, false) : List.of(false)) {
            for (int driver = -1; driver < words.size(); driver++) {
                plans.add(new AuditSearch(filter, binary, words, driver));
            }
        }
        return plans;
    }

    @Test
    void pagesAreCutNewestFirst() throws SQLException {
        assertThat(sequences(AuditQueries.page(connection, text("alice"), 1, 2))).containsExactly(6L, 3L);
        assertThat(sequences(AuditQueries.page(connection, text("alice"), 3, 2))).containsExactly(1L);
        assertThat(AuditQueries.page(connection, text("alice"), 10, 2)).isEmpty();
        assertThat(sequences(AuditQueries.page(connection, text("alice dave"), 1, 5))).containsExactly(6L, 3L);
    }

    @Test
    void migrationRebuildsTheSameWordsAppendingWrote() throws SQLException {
        var written = words();
        try (var s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM audit_word");
        }
        assertThat(AuditQueries.page(connection, text("dave"), 0, 50)).isEmpty();
        long filled = V31__Audit_words.fill(connection);
        assertThat(words()).isEqualTo(written).hasSize((int) filled);
        assertThat(sequences(AuditQueries.page(connection, text("dave"), 0, 50))).containsExactly(8L, 6L, 3L, 2L);
    }

    private static List<String> words() throws SQLException {
        var words = new ArrayList<String>();
        try (var s = connection.createStatement();
             var rs = s.executeQuery("SELECT sequence, word FROM audit_word ORDER BY sequence, word")) {
            while (rs.next()) {
                words.add(rs.getLong(1) + " " + rs.getString(2));
            }
        }
        return words;
    }

    private static List<Long> sequences(List<AuditViews.Row> rows) {
        return rows.stream().map(AuditViews.Row::sequence).toList();
    }
}
