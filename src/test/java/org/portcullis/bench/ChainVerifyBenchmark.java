package org.portcullis.bench;

import org.portcullis.core.audit.AuditChain;
import org.portcullis.core.audit.AuditContent;
import org.portcullis.core.audit.AuditRecord;
import org.portcullis.core.audit.ChainHead;
import org.portcullis.core.audit.ChainVerifier;
import org.portcullis.core.audit.Verification;

import java.time.Instant;

/**
 * Builds a chain of 1,000,000 events and verifies it as it goes, holding only the newest record: prints events per
 * second for sealing (hashing) and for sealing plus verifying (each record is hashed twice). Asserts nothing.
 * Run: java -cp target/classes:target/test-classes org.portcullis.bench.ChainVerifyBenchmark [events]
 */
public final class ChainVerifyBenchmark {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        run(events / 10, false);   // warm-up
        long sealNanos = run(events, false);
        long verifyNanos = run(events, true);
        System.out.printf("events: %,d%n", events);
        System.out.printf("seal (hash) only:   %,.0f events/s%n", events / (sealNanos / 1e9));
        System.out.printf("seal + verify:      %,.0f events/s%n", events / (verifyNanos / 1e9));
    }

    private static long run(int events, boolean verify) {
        long start = System.nanoTime();
        ChainVerifier verifier = ChainVerifier.fromGenesis();
        ChainHead head = ChainHead.GENESIS;
        for (int i = 1; i <= events; i++) {
            AuditRecord record = AuditChain.next(head, content(i));
            head = record.head();
            if (verify) {
                verifier.accept(record);
            }
        }
        long elapsed = System.nanoTime() - start;
        if (verify) {
            Verification result = verifier.finish();
            System.out.println(result.summary());
        }
        return elapsed;
    }

    private static AuditContent content(int i) {
        return new AuditContent(T0.plusMillis(i), "user-" + (i % 50), "permission.update", "permission",
                "api-gateway->llm-service-" + (i % 100), (long) i, "{\"methods\":[\"GET\"],\"paths\":[\"/v1/*\"]}",
                "{\"methods\":[\"GET\",\"POST\"],\"paths\":[\"/v1/*\"]}", "10.0.0." + (i % 250));
    }
}
