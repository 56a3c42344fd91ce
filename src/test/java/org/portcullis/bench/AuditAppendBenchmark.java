package org.portcullis.bench;

import org.portcullis.audit.AuditTrail;
import org.portcullis.audit.ClientAddress;
import org.portcullis.persistence.TestDatabase;
import org.portcullis.testing.Facades;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;

/**
 * The cost of appending one audit event the way the portal does: {@link AuditTrail#record} through EclipseLink on a
 * fresh H2 file database, one transaction (and commit) per event, as a request decision or an inventory change
 * writes it. Events like the portal's inventory changes (an object name and before/after JSON). Prints the median and
 * p90 per event over rounds of 1,000 after a warm-up; asserts nothing.
 *
 * Run (after mvn test-compile and dependency:build-classpath, see {@link AuditBenchmark}):
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.portcullis.bench.AuditAppendBenchmark [events]
 * </pre>
 */
public final class AuditAppendBenchmark {

    private static final int ROUND = 1_000;

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        try (var db = TestDatabase.fresh()) {
            var em = db.entityManager();
            var trail = Facades.inject(Facades.inject(Facades.inject(new AuditTrail(), "em", em), "clock",
                    Clock.systemUTC()), "clientAddress", new ClientAddress());
            var perEvent = new ArrayList<Double>();
            for (int round = 0; round * ROUND < events; round++) {
                long start = System.nanoTime();
                for (int i = 0; i < ROUND; i++) {
                    int n = round * ROUND + i;
                    em.getTransaction().begin();
                    trail.record(event(n));
                    em.getTransaction().commit();
                    em.clear();
                }
                if (round >= 2) { // warm-up: JIT, EclipseLink metadata
                    perEvent.add((System.nanoTime() - start) / 1e3 / ROUND);
                }
            }
            perEvent.sort(Comparator.naturalOrder());
            System.out.printf("append (AuditTrail.record, one transaction each): median %.0f µs, p90 %.0f µs per event"
                    + " over %d rounds of %,d%n", perEvent.get(perEvent.size() / 2),
                    perEvent.get(perEvent.size() * 9 / 10), perEvent.size(), ROUND);
            em.close();
        }
    }

    private static AuditTrail.Event event(int n) {
        var json = "{\"expiresAt\":null,\"role\":\"role-" + (n % 40) + "\",\"subject\":\"user-" + (n % 997)
                + "\",\"subjectKind\":\"PERSON\"}";
        return AuditTrail.Event.of("user-" + (n % 50), "inventory.updated")
                .about("ROLE_ASSIGNMENT", "role-" + (n % 40) + " → person user-" + (n % 997))
                .request((long) n / 10 + 1).change(json, json);
    }
}
