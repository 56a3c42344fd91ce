package org.portcullis.audit;

import org.portcullis.core.audit.AuditWords;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A filter turned into the WHERE clause for one database, with the two conditions that need care to stay indexed:
 *
 * <ul>
 *   <li><b>Prefixes</b> (an object name {@code role-3*}, a typed word): H2 does not turn a bound {@code LIKE ?} into an
 *   index range, so on H2 a prefix {@code p} becomes the range {@code >= p AND < p'} ({@code p'} is {@code p} with its
 *   last character incremented). That is exact because H2 orders strings by their UTF-16 code units. Elsewhere the
 *   condition stays {@code LIKE 'p%'}: under a linguistic collation the range would miss names (PostgreSQL with ICU
 *   {@code en-US} sorts punctuation before digits, so {@code role-95} falls outside {@code >= 'role-9' AND < 'role-:'}).
 *   </li>
 *   <li><b>Free text</b> is looked up in the word index {@code audit_word} ({@link AuditWords}): every typed word must
 *   start a word of the event. The rarest typed word, if it has at most {@link AuditQueries#COUNT_CAP} index entries,
 *   <em>drives</em> the query: {@link #on} reads its events (an index-only range) and binds them as an array,
 *   {@code sequence = ANY(?)}, so the database looks up only those events (and, when that word is the only
 *   condition, only the page's). Not {@code IN (SELECT ..)}: H2 re-ran that subquery for every candidate row, and as a
 *   join it walked the whole newest-first index instead. The other words, and all of them when each is frequent, are
 *   checked per event ({@code EXISTS}, one lookup in the {@code (sequence, word)} index) while the query walks another
 *   index; a page then stops early, but the capped count of a frequent word may read many events.</li>
 * </ul>
 *
 * @param binaryOrder whether the database orders strings by code unit (H2), so that prefixes can be ranges
 * @param words       the typed words ({@link AuditWords#query}), empty without free text
 * @param driver      the index in {@code words} of the word that selects the events, or -1 (none is rare enough)
 * @param driverEvents the events of the driving word, newest first (read by {@link #on}); null: the query selects them
 */
public record AuditSearch(AuditFilter filter, boolean binaryOrder, List<String> words, int driver,
                          Long[] driverEvents) {

    public AuditSearch {
        words = List.copyOf(words);
    }

    /** A search whose driving word (if any) has not been looked up: for tests that choose the plan themselves. */
    public AuditSearch(AuditFilter filter, boolean binaryOrder, List<String> words, int driver) {
        this(filter, binaryOrder, words, driver, null);
    }

    /**
     * Plans {@code filter} on the database of {@code connection}: its string order, and the events of the rarest
     * typed word (one index-only range read per typed word, at most {@link AuditQueries#COUNT_CAP} + 1 entries).
     */
    public static AuditSearch on(Connection connection, AuditFilter filter) throws SQLException {
        boolean binary = isH2(connection);
        var words = AuditWords.query(filter.text());
        int driver = -1;
        Long[] fewest = null;
        for (int i = 0; i < words.size(); i++) {
            var events = wordEvents(connection, words.get(i), binary, AuditQueries.COUNT_CAP);
            if (events != null && (fewest == null || events.length < fewest.length)) {
                fewest = events;
                driver = i;
            }
        }
        return new AuditSearch(filter, binary, words, driver, fewest);
    }

    /** A plan without looking at the data: no driving word, prefixes as on a database like {@code connection}. */
    public static AuditSearch of(AuditFilter filter, boolean binaryOrder) {
        return new AuditSearch(filter, binaryOrder, AuditWords.query(filter.text()), -1);
    }

    /**
     * The events (newest first) with a word starting with {@code word}, or null when the index has more than
     * {@code cap} entries for it.
     */
    static Long[] wordEvents(Connection connection, String word, boolean binaryOrder, int cap) throws SQLException {
        var condition = new ArrayList<String>();
        var params = new ArrayList<>();
        prefix(condition, params, "w.word", word, binaryOrder);
        params.add(cap + 1);
        var sql = new AuditQueries.Sql("SELECT w.sequence FROM audit_word w WHERE " + condition.getFirst()
                + " FETCH FIRST ? ROWS ONLY", params);
        var events = new java.util.TreeSet<Long>(java.util.Comparator.reverseOrder());
        int entries = 0;
        try (var statement = sql.prepare(connection); var rs = statement.executeQuery()) {
            while (rs.next()) {
                events.add(rs.getLong(1));
                entries++;
            }
        }
        return entries > cap ? null : events.toArray(Long[]::new);
    }

    static boolean isH2(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().startsWith("H2");
    }

    /** Whether a typed word selects few enough events to drive the query. */
    public boolean hasDriver() {
        return driver >= 0;
    }

    /**
     * Whether the driving word's events are the answer: one typed word and no other condition. Then a page is a
     * slice of them ({@link #slice}) and the count their number, with no lookups of the events that are not shown.
     * (A word whose event was deleted from the table would then shorten a page; verification reports such a
     * deletion.)
     */
    public boolean driverAlone() {
        return driverEvents != null && words.size() == 1 && withoutText().filter().isEmpty();
    }

    /** This search with only the driving word's events {@code from .. to} (newest first), for one page. */
    public AuditSearch slice(int from, int to) {
        int n = driverEvents.length;
        return new AuditSearch(filter, binaryOrder, words, driver,
                java.util.Arrays.copyOfRange(driverEvents, Math.min(from, n), Math.min(to, n)));
    }

    /** The same search without its free text (to ask how selective the other conditions are). */
    public AuditSearch withoutText() {
        var f = filter;
        return new AuditSearch(new AuditFilter(f.from(), f.to(), f.actor(), f.action(), f.objectType(),
                f.objectName(), f.changeRequest(), null), binaryOrder, List.of(), -1, null);
    }

    /** {@code " WHERE ..."} with its parameters, or empty text for no condition. */
    public AuditQueries.Sql where() {
        var conditions = new ArrayList<String>();
        var params = new ArrayList<>();
        var f = filter;
        if (f.from() != null) {
            conditions.add("at >= ?");
            params.add(OffsetDateTime.ofInstant(f.from(), ZoneOffset.UTC));
        }
        if (f.to() != null) {
            conditions.add("at <= ?");
            params.add(OffsetDateTime.ofInstant(f.to(), ZoneOffset.UTC));
        }
        equal(conditions, params, "actor", f.actor());
        equal(conditions, params, "action", f.action());
        equal(conditions, params, "object_type", f.objectType());
        if (f.objectName() != null && f.objectName().endsWith("*")) {
            prefix(conditions, params, "object_name", f.objectName().substring(0, f.objectName().length() - 1),
                    binaryOrder);
        } else {
            equal(conditions, params, "object_name", f.objectName());
        }
        if (f.changeRequest() != null) {
            conditions.add("change_request = ?");
            params.add(f.changeRequest());
        }
        for (int i = 0; i < words.size(); i++) {
            if (i == driver && driverEvents != null) {
                conditions.add("sequence = ANY(?)");
                params.add(driverEvents);
                continue;
            }
            var word = new ArrayList<String>();
            prefix(word, params, "w.word", words.get(i), binaryOrder);
            conditions.add(i == driver
                    ? "sequence IN (SELECT w.sequence FROM audit_word w WHERE " + word.getFirst() + ")"
                    : "EXISTS (SELECT 1 FROM audit_word w WHERE w.sequence = audit_event.sequence AND "
                    + word.getFirst() + ")");
        }
        return new AuditQueries.Sql(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions),
                params);
    }

    private static void equal(List<String> conditions, List<Object> params, String column, String value) {
        if (value != null) {
            conditions.add(column + " = ?");
            params.add(value);
        }
    }

    /** {@code column} starts with {@code prefix}: an index range on H2, a LIKE elsewhere (see the class comment). */
    static void prefix(List<String> conditions, List<Object> params, String column, String prefix,
                       boolean binaryOrder) {
        var upper = binaryOrder ? successor(prefix) : null;
        if (upper == null) {
            conditions.add(column + " LIKE ? ESCAPE '\\'");
            params.add(AuditQueries.escape(prefix) + "%");
        } else {
            conditions.add("(" + column + " >= ? AND " + column + " < ?)");
            params.add(prefix);
            params.add(upper);
        }
    }

    /**
     * The smallest string after every string that starts with {@code prefix} in code-unit order, or null when there
     * is none to write (an empty prefix, or one ending in U+FFFF).
     */
    static String successor(String prefix) {
        if (prefix.isEmpty() || prefix.charAt(prefix.length() - 1) == Character.MAX_VALUE) {
            return null;
        }
        return prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1);
    }
}
