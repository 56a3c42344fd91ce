package org.portcullis.bench;

import org.flywaydb.core.Flyway;
import org.portcullis.audit.AuditFilter;
import org.portcullis.audit.AuditQueries;
import org.portcullis.audit.AuditSearch;
import org.portcullis.core.audit.AuditChain;
import org.portcullis.core.audit.AuditContent;
import org.portcullis.core.audit.AuditExport;
import org.portcullis.core.audit.AuditRecord;
import org.portcullis.core.audit.AuditWords;
import org.portcullis.core.audit.ChainHead;
import org.portcullis.core.audit.ChainVerifier;

import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The audit history at scale: fills an H2 file database (migrated by Flyway from persistence/db/migration) with
 * N hash-chained events (default 1,000,000; real hashes from {@link AuditChain#next}), then measures with the very
 * SQL of the facade ({@link AuditQueries}): first-page queries under each filter (median of 50), a deep page,
 * capped counts, verification of the whole chain (events/s), CSV and JSON export to a null writer (rows/s) and the
 * heap in use while exporting (sampled every 5 ms). Prints figures; asserts nothing.
 *
 * Run (after mvn test-compile):
 * <pre>
 * mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx512m -cp target/classes:target/test-classes:$(cat target/cp.txt) org.portcullis.bench.AuditBenchmark [events [reuse [streams]]]
 * </pre>
 */
public final class AuditBenchmark {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final String[] ACTIONS = {"signin", "signin", "signout", "request.submitted", "request.approval",
            "request.approved", "request.rejected", "inventory.created", "inventory.updated", "inventory.deleted",
            "request.applied"};
    private static final int RUNS = 50;

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        boolean reuse = args.length > 1 && args[1].equals("reuse");
        var dir = Path.of("target", "bench-audit");
        if (!reuse) {
            deleteRecursively(dir);
        }
        Files.createDirectories(dir);
        var url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("audit");
        // a reused database from before V31 gets its word index here: the time is the migration's backfill
        long migrating = System.nanoTime();
        var migrated = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load()
                .migrate();
        System.out.printf("migrations: %d applied (%s) in %.1f s%n", migrated.migrationsExecuted,
                migrated.migrations.stream().map(m -> m.version).toList(), (System.nanoTime() - migrating) / 1e9);
        try (var c = DriverManager.getConnection(url, "sa", "")) {
            if (!reuse) {
                long start = System.nanoTime();
                var head = fill(c, events);
                double fillSeconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("events: %,d (filled in %.1f s, %,.0f events/s, head %s)%n", events, fillSeconds,
                        events / fillSeconds, head.sequence());
            }
            try (var s = c.createStatement()) {
                // measure the query, not H2's reuse of an identical query's result on an unchanged database
                s.execute("SET OPTIMIZE_REUSE_RESULTS FALSE");
            }
            if (args.length < 3 || !args[2].equals("streams")) {
                pages(c, events);
            }
            verify(c);
            export(c, "CSV");
            export(c, "JSON");
        }
    }

    private static ChainHead fill(Connection c, int events) throws SQLException {
        c.setAutoCommit(false);
        ChainHead head = ChainHead.GENESIS;
        try (var insert = c.prepareStatement("INSERT INTO audit_event (sequence, at, actor, action, object_type,"
                + " object_name, change_request, before_json, after_json, client_address, previous_hash, hash)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            var words = c.prepareStatement("INSERT INTO audit_word (word, sequence) VALUES (?, ?)");
            for (int i = 1; i <= events; i++) {
                var r = AuditChain.next(head, content(i));
                for (var word : AuditWords.of(r)) { // what AuditTrail writes with each event
                    words.setString(1, word);
                    words.setLong(2, r.sequence());
                    words.addBatch();
                }
                head = r.head();
                insert.setLong(1, r.sequence());
                insert.setObject(2, OffsetDateTime.ofInstant(r.at(), ZoneOffset.UTC));
                insert.setString(3, r.actor());
                insert.setString(4, r.action());
                insert.setString(5, r.objectType());
                insert.setString(6, r.objectName());
                insert.setObject(7, r.changeRequest());
                insert.setString(8, r.before());
                insert.setString(9, r.after());
                insert.setString(10, r.clientAddress());
                insert.setString(11, r.previousHash());
                insert.setString(12, r.hash());
                insert.addBatch();
                if (i % 1_000 == 0) {
                    insert.executeBatch();
                    words.executeBatch();
                }
                if (i % 50_000 == 0) {
                    c.commit();
                }
            }
            insert.executeBatch();
            words.executeBatch();
            words.close();
        }
        try (var s = c.prepareStatement("UPDATE audit_head SET sequence = ?, hash = ? WHERE id = 1")) {
            s.setLong(1, head.sequence());
            s.setString(2, head.hash());
            s.executeUpdate();
        }
        c.commit();
        c.setAutoCommit(true);
        return head;
    }

    /** Events like the portal's: sign-ins, request steps, inventory changes with before/after, one per second. */
    private static AuditContent content(int i) {
        var action = ACTIONS[i % ACTIONS.length];
        var actor = "user-" + (i % 50);
        var at = T0.plusSeconds(i);
        long request = i / 10 + 1;
        return switch (action) {
            case "signin", "signout" -> new AuditContent(at, actor, action, "person", actor, null, null, null,
                    "10.0.0." + (i % 250));
            case "inventory.created", "inventory.updated", "inventory.deleted" -> {
                var name = "role-" + (i % 40) + " → person user-" + (i % 997);
                var json = "{\"expiresAt\":null,\"role\":\"role-" + (i % 40) + "\",\"subject\":\"user-" + (i % 997)
                        + "\",\"subjectKind\":\"PERSON\"}";
                yield new AuditContent(at, actor, action, "ROLE_ASSIGNMENT", name, request,
                        action.equals("inventory.created") ? null : json,
                        action.equals("inventory.deleted") ? null : json, "10.0.0." + (i % 250));
            }
            default -> new AuditContent(at, actor, action, "request", "#" + request, request, null,
                    "{\"comment\":\"ok\"}", "10.0.0." + (i % 250));
        };
    }

    private static void pages(Connection c, int events) throws SQLException {
        var last = T0.plusSeconds(events);
        var filters = new LinkedHashMap<String, AuditFilter>();
        filters.put("no filter", AuditFilter.NONE);
        filters.put("action = request.approved", AuditFilter.NONE.withAction("request.approved"));
        filters.put("actor = user-7", new AuditFilter(null, null, "user-7", null, null, null, null, null));
        filters.put("object = ROLE_ASSIGNMENT role-3 → person user-5", AuditFilter.object("ROLE_ASSIGNMENT",
                "role-3 → person user-5"));
        filters.put("object name prefix role-3*", new AuditFilter(null, null, null, null, null, "role-3*", null,
                null));
        filters.put("change request = 50000", new AuditFilter(null, null, null, null, null, null, 50_000L, null));
        filters.put("time range: one hour a week ago", new AuditFilter(last.minusSeconds(7 * 86400),
                last.minusSeconds(7 * 86400 - 3600), null, null, null, null, null, null));
        filters.put("action + actor + last day", new AuditFilter(last.minusSeconds(86400), null, "user-7",
                "signin", null, null, null, null));
        filters.put("object name without type (exact)", new AuditFilter(null, null, null, null, null,
                "role-3 → person user-5", null, null));
        filters.put("free text user-996\" (rare: 273 rows)", new AuditFilter(null, null, null, null, null, null,
                null, "user-996\""));
        filters.put("free text user-996\" + last day", new AuditFilter(last.minusSeconds(86400), null, null, null,
                null, null, null, "user-996\""));
        filters.put("free text absent", new AuditFilter(null, null, null, null, null, null, null,
                "no-such-text"));
        filters.put("free text prefix user-99 (2,188 rows)", new AuditFilter(null, null, null, null, null, null,
                null, "user-99"));
        filters.put("free text frequent word person", new AuditFilter(null, null, null, null, null, null, null,
                "person"));
        filters.put("free text person + actor = user-7", new AuditFilter(null, null, "user-7", null, null, null,
                null, "person"));
        filters.put("free text two words role-3 user-5", new AuditFilter(null, null, null, null, null, null, null,
                "role-3 user-5"));
        System.out.printf("%nfirst page (50 rows, newest first, incl. the capped count that picks the plan), median / p90 of %d"
                + " runs (5 when slow); capped count alone%n", RUNS);
        for (var e : filters.entrySet()) {
            var page = time(() -> AuditQueries.page(c, e.getValue(), 0, 50).size());
            var count = time(() -> (int) AuditQueries.cappedCount(c, e.getValue()));
            System.out.printf("  %-48s page %8.2f / %8.2f ms (%d rows)   count %8.2f ms (%s)%n", e.getKey(),
                    page.median(), page.p90(), page.result(), count.median(),
                    count.result() > AuditQueries.COUNT_CAP ? ">" + AuditQueries.COUNT_CAP : count.result());
        }
        for (var name : List.of("object name prefix role-3*", "free text user-996\" (rare: 273 rows)",
                "free text two words role-3 user-5")) {
            var sql = AuditQueries.page(AuditSearch.on(c, filters.get(name)), 0, 50);
            try (var explain = new AuditQueries.Sql("EXPLAIN " + sql.text(), sql.parameters()).prepare(c);
                 var rs = explain.executeQuery()) {
                rs.next();
                System.out.printf("  EXPLAIN %s:%n    %s%n", name, rs.getString(1).replaceAll("(?m)^(.{200}).+$", "$1 ...").replace("\n", "\n    "));
            }
        }
        var deep = time(() -> AuditQueries.page(c, AuditFilter.NONE, 10_000, 50).size());
        System.out.printf("  %-48s page %8.2f / %8.2f ms%n", "no filter, offset 10,000", deep.median(), deep.p90());
        var deeper = time(() -> AuditQueries.page(c, AuditFilter.NONE, 500_000, 50).size());
        System.out.printf("  %-48s page %8.2f / %8.2f ms%n", "no filter, offset 500,000", deeper.median(),
                deeper.p90());
    }

    private record Timing(double median, double p90, int result) {
    }

    private interface Query {
        int run() throws SQLException;
    }

    /** Median and p90 of {@link #RUNS} runs after a warm-up; 5 runs when one takes over half a second. */
    private static Timing time(Query query) throws SQLException {
        long warm = System.nanoTime();
        int result = query.run();
        int runs = System.nanoTime() - warm > 500_000_000L ? 5 : RUNS;
        var millis = new ArrayList<Double>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = query.run();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(Comparator.naturalOrder());
        return new Timing(millis.get(runs / 2), millis.get(runs * 9 / 10), result);
    }

    private static void verify(Connection c) throws SQLException {
        var verifier = ChainVerifier.fromGenesis();
        long start = System.nanoTime();
        long n = AuditQueries.streamAll(c, AuditFilter.NONE, verifier::accept);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%nverification: %,d events in %.1f s = %,.0f events/s; %s%n", n, seconds, n / seconds,
                verifier.finish().summary());
    }

    private static void export(Connection c, String format) throws Exception {
        System.gc();
        var memory = ManagementFactory.getMemoryMXBean();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        var peak = new AtomicLong(baseline);
        var running = new AtomicReference<>(Boolean.TRUE);
        var sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        var chars = new AtomicLong();
        Writer nul = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
                chars.addAndGet(len);
            }

            @Override
            public void write(String str, int off, int len) {
                chars.addAndGet(len);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        var export = format.equals("CSV") ? AuditExport.csv(nul) : AuditExport.json(nul);
        long start = System.nanoTime();
        long n = AuditQueries.streamAll(c, AuditFilter.NONE, r -> write(export, r));
        export.finish();
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(Boolean.FALSE);
        sampler.join();
        System.out.printf("export %s: %,d rows (%,d MB of text) in %.1f s = %,.0f rows/s; heap used before %,d MB,"
                        + " peak during export %,d MB (max heap %,d MB)%n", format, n, chars.get() / 1_000_000, seconds,
                n / seconds, baseline >> 20, peak.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static boolean write(AuditExport export, AuditRecord r) {
        try {
            export.write(r);
            return true;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (var p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
