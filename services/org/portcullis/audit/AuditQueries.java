package org.portcullis.audit;

import org.portcullis.core.audit.AuditRecord;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The SQL over {@code audit_event}, in plain JDBC so the facade, the streaming verification and export, and the
 * benchmark run the very same statements (H2 and PostgreSQL alike).
 *
 * <h2>Why the page query stays fast at a million rows</h2>
 * Pages are ordered by {@code sequence DESC} (newest first) and cut with {@code OFFSET .. FETCH NEXT}. Each filter
 * column has an index (V2, V30): actor, action, object type + name, object name alone, request, time. Which plan is
 * fast depends on how many rows match, so a page first asks for the capped count (an index-only query, a few ms):
 * <ul>
 *   <li>at most {@link #COUNT_CAP} matches: the database collects them through the filter's index and sorts them
 *   in memory (few rows, fast);</li>
 *   <li>more (a frequent action, a long time range, no filter): the page walks the sequence index newest first and
 *   stops after one page, which finds a page after reading about {@code page size / share of matching rows} rows.
 *   H2 would instead collect and sort all matches (seconds at 100,000 rows, spilling to disk), so on H2 the query
 *   names the index ({@code USE INDEX}); PostgreSQL chooses a backward index scan by itself.</li>
 * </ul>
 * A deep offset costs O(offset) rows read; people scroll the first pages, bulk reads use the streaming export. The
 * WHERE clause comes from {@link AuditSearch}: object-name prefixes as index ranges on H2, and the free text looked up
 * in the word index {@code audit_word}. A typed word with few entries there selects the events itself (then no
 * count is needed to pick the plan); otherwise the capped count of the other conditions decides as above, and the
 * words are checked per event. Counting is capped: "more than 10,000" is as useful to a person as an exact figure and
 * costs no full count.
 */
public final class AuditQueries {

    /** Counts stop here; the UI shows "more than". */
    public static final int COUNT_CAP = 10_000;
    /** Rows fetched per round trip when streaming (PostgreSQL uses a cursor only with autocommit off). */
    public static final int FETCH_SIZE = 1_000;

    static final String ROW_COLUMNS = "sequence, at, actor, action, object_type, object_name, change_request";
    static final String ALL_COLUMNS = ROW_COLUMNS + ", before_json, after_json, client_address, previous_hash, hash";

    private AuditQueries() {
    }

    /** A statement and its parameters. */
    public record Sql(String text, List<Object> parameters) {
        public PreparedStatement prepare(Connection connection) throws SQLException {
            var statement = connection.prepareStatement(text, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            for (int i = 0; i < parameters.size(); i++) {
                if (parameters.get(i) instanceof Long[] numbers) {
                    statement.setArray(i + 1, connection.createArrayOf("BIGINT", numbers));
                } else {
                    statement.setObject(i + 1, parameters.get(i));
                }
            }
            return statement;
        }
    }

    /** The index that lists events newest first (V30). */
    static final String NEWEST_FIRST_INDEX = "ix_audit_event_sequence_desc";

    /** A page of events, newest first, without before/after (the grid does not show them). */
    public static Sql page(AuditSearch search, int offset, int limit) {
        return page(search, offset, limit, "");
    }

    /** {@link #page}, walking the newest-first index on H2 (see the class documentation). */
    public static Sql pageNewestFirstIndex(AuditSearch search, int offset, int limit) {
        return page(search, offset, limit, " USE INDEX (" + NEWEST_FIRST_INDEX + ")");
    }

    private static Sql page(AuditSearch search, int offset, int limit, String hint) {
        var where = search.where();
        var params = new ArrayList<>(where.parameters());
        params.add(offset);
        params.add(limit);
        return new Sql("SELECT " + ROW_COLUMNS + " FROM audit_event" + hint + where.text()
                + " ORDER BY sequence DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", params);
    }

    /**
     * A page of events, newest first, by the plan that suits how many rows match (see the class documentation): a
     * rare typed word, or the capped count of the other conditions, decides between {@link #page} and, on H2 with
     * many matches, {@link #pageNewestFirstIndex}.
     */
    public static List<AuditViews.Row> page(Connection connection, AuditFilter filter, int offset, int limit)
            throws SQLException {
        var search = AuditSearch.on(connection, filter);
        if (search.driverAlone()) {
            return rows(connection, page(search.slice(offset, offset + limit), 0, limit));
        }
        boolean many = !search.hasDriver() && manyMatch(connection, search.withoutText());
        return rows(connection, many && search.binaryOrder() ? pageNewestFirstIndex(search, offset, limit)
                : page(search, offset, limit));
    }

    private static boolean manyMatch(Connection connection, AuditSearch search) throws SQLException {
        return search.filter().isEmpty() || count(connection, cappedCount(search, COUNT_CAP)) > COUNT_CAP;
    }

    /** How many events match, counting no further than {@link #COUNT_CAP} + 1. */
    public static long cappedCount(Connection connection, AuditFilter filter) throws SQLException {
        var search = AuditSearch.on(connection, filter);
        return search.driverAlone() ? search.driverEvents().length : count(connection, cappedCount(search, COUNT_CAP));
    }

    /** How many events match, counting no further than {@code cap + 1}. */
    public static Sql cappedCount(AuditSearch search, int cap) {
        var where = search.where();
        var params = new ArrayList<>(where.parameters());
        params.add(cap + 1);
        return new Sql("SELECT COUNT(*) FROM (SELECT 1 FROM audit_event" + where.text()
                + " FETCH FIRST ? ROWS ONLY) capped", params);
    }

    /** One event, whole. */
    public static Sql event(long sequence) {
        return new Sql("SELECT " + ALL_COLUMNS + " FROM audit_event WHERE sequence = ?", List.of(sequence));
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The rows of a {@link #page} query. */
    public static List<AuditViews.Row> rows(Connection connection, Sql sql) throws SQLException {
        try (var statement = sql.prepare(connection); var rs = statement.executeQuery()) {
            var rows = new ArrayList<AuditViews.Row>();
            while (rs.next()) {
                rows.add(new AuditViews.Row(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        (Long) rs.getObject(7, Long.class)));
            }
            return rows;
        }
    }

    public static long count(Connection connection, Sql sql) throws SQLException {
        try (var statement = sql.prepare(connection); var rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Rows per chunk when streaming the whole history. */
    public static final int CHUNK = 10_000;

    /**
     * Streams every event the filter selects, oldest first, to {@code sink}, in constant memory: keyset chunks of
     * {@link #CHUNK} rows ({@code sequence > last seen}), each a short query. No cursor stays open for minutes (H2's
     * lazy execution failed with "Chunk not found" on a long read; PostgreSQL would need autocommit off), and a
     * chunk query walks the primary key in order.
     *
     * @param sink takes each record; returns false to stop reading
     * @return how many records were read
     */
    public static long streamAll(Connection connection, AuditFilter filter, Predicate<AuditRecord> sink)
            throws SQLException {
        var where = AuditSearch.on(connection, filter).where();
        var text = "SELECT " + ALL_COLUMNS + " FROM audit_event"
                + (where.text().isEmpty() ? " WHERE" : where.text() + " AND")
                + " sequence > ? ORDER BY sequence FETCH FIRST " + CHUNK + " ROWS ONLY";
        long after = Long.MIN_VALUE;
        long count = 0;
        while (true) {
            var params = new ArrayList<>(where.parameters());
            params.add(after);
            int inChunk = 0;
            try (var statement = new Sql(text, params).prepare(connection)) {
                statement.setFetchSize(FETCH_SIZE);
                try (var rs = statement.executeQuery()) {
                    while (rs.next()) {
                        var record = record(rs);
                        after = record.sequence();
                        inChunk++;
                        count++;
                        if (!sink.test(record)) {
                            return count;
                        }
                    }
                }
            }
            if (inChunk < CHUNK) {
                return count;
            }
        }
    }

    /** Reads the records of a small query ({@link #event}, a replay) to {@code sink}; false stops. */
    public static long stream(Connection connection, Sql sql, Predicate<AuditRecord> sink) throws SQLException {
        try (var statement = sql.prepare(connection)) {
            statement.setFetchSize(FETCH_SIZE);
            long count = 0;
            try (var rs = statement.executeQuery()) {
                boolean more = true;
                while (more && rs.next()) {
                    more = sink.test(record(rs));
                    count++;
                }
            }
            return count;
        }
    }

    static AuditRecord record(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, Long.class), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12));
    }
}
