package org.portcullis.core.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Small, deterministic chains for tests. */
final class Chains {
    static final Instant T0 = Instant.parse("2026-03-01T12:00:00.123456Z");

    private Chains() {
    }

    static AuditContent content(long i) {
        return new AuditContent(T0.plusSeconds(i), "alice", "permission.create", "permission",
                "api-gateway->llm-service-" + i, i % 3 == 0 ? null : 100 + i, i == 1 ? null : "{\"ports\":[8080]}",
                "{\"ports\":[8080," + i + "]}", "127.0.0.1");
    }

    static List<AuditRecord> chain(int size) {
        List<AuditRecord> records = new ArrayList<>();
        AuditRecord previous = null;
        for (long i = 1; i <= size; i++) {
            previous = AuditChain.next(previous, content(i));
            records.add(previous);
        }
        return records;
    }

    /** A copy of {@code r} with another sequence number, its hash left as it was. */
    static AuditRecord renumbered(AuditRecord r, long sequence) {
        return new AuditRecord(sequence, r.at(), r.actor(), r.action(), r.objectType(), r.objectName(),
                r.changeRequest(), r.before(), r.after(), r.clientAddress(), r.previousHash(), r.hash());
    }

    static AuditRecord withActor(AuditRecord r, String actor) {
        return new AuditRecord(r.sequence(), r.at(), actor, r.action(), r.objectType(), r.objectName(),
                r.changeRequest(), r.before(), r.after(), r.clientAddress(), r.previousHash(), r.hash());
    }

    static AuditRecord withHashes(AuditRecord r, String previousHash, String hash) {
        return new AuditRecord(r.sequence(), r.at(), r.actor(), r.action(), r.objectType(), r.objectName(),
                r.changeRequest(), r.before(), r.after(), r.clientAddress(), previousHash, hash);
    }

    /** The record sealed again after its content changed: what an attacker with database access can do. */
    static AuditRecord resealed(AuditRecord r) {
        return withHashes(r, r.previousHash(), AuditChain.hash(r));
    }
}
