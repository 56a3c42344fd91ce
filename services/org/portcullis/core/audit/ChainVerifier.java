package org.portcullis.core.audit;

import org.portcullis.core.audit.Verification.Kind;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Objects;

/**
 * Verifies an audit chain one record at a time, in the order the records are stored or exported, in constant
 * memory: it keeps the last verified event, the hash before it, and one record of look-ahead (needed to tell a
 * swap from a deletion, and an insertion from an edit). Feed it with {@link #accept}, then call {@link #finish}.
 * The rules are in the package documentation.
 */
public final class ChainVerifier {
    private final ChainHead[] knownHeads;
    private int nextKnownHead;
    private long lastSequence;
    private String lastHash;
    private String hashBeforeLast;
    private long count;
    private AuditRecord pending;
    private Verification.Broken broken;

    private ChainVerifier(ChainHead start, String hashBeforeStart, ChainHead[] knownHeads) {
        this.lastSequence = start.sequence();
        this.lastHash = start.hash();
        this.hashBeforeLast = hashBeforeStart;
        this.knownHeads = knownHeads.clone();
        Arrays.sort(this.knownHeads, Comparator.comparingLong(ChainHead::sequence));
    }

    /**
     * A verifier for a whole chain, from its first event.
     *
     * @param knownHeads heads recorded outside the chain earlier (export trailers): the chain must still contain
     *                   each of them unchanged; this also reveals events deleted from its end
     */
    public static ChainVerifier fromGenesis(ChainHead... knownHeads) {
        return new ChainVerifier(ChainHead.GENESIS, null, knownHeads);
    }

    /** A verifier for the part of a chain after {@code start}, an event already verified (or exported) earlier. */
    public static ChainVerifier after(ChainHead start, ChainHead... knownHeads) {
        return new ChainVerifier(start, null, knownHeads);
    }

    /** Verifies a whole chain in one call. */
    public static Verification verify(Iterator<AuditRecord> records, ChainHead... knownHeads) {
        ChainVerifier verifier = fromGenesis(knownHeads);
        while (records.hasNext() && verifier.accept(records.next())) {
            // the verifier stops at the first break
        }
        return verifier.finish();
    }

    /** Takes the next record; false once the chain is known to be broken (further records are ignored). */
    public boolean accept(AuditRecord record) {
        Objects.requireNonNull(record, "record");
        if (broken == null) {
            if (pending != null) {
                judge(pending, record);
            }
            pending = record;
        }
        return broken == null;
    }

    /** Judges the last record and the known heads; the result of the whole verification. */
    public Verification finish() {
        if (broken == null && pending != null) {
            judge(pending, null);
            pending = null;
        }
        if (broken == null && nextKnownHead < knownHeads.length) {
            ChainHead missing = knownHeads[nextKnownHead];
            breakAt(lastSequence + 1, Kind.DELETED, "the chain ends at event " + lastSequence + ", but " + missing
                    + " was recorded earlier");
        }
        return broken != null ? broken : new Verification.Intact(new ChainHead(lastSequence, lastHash), count);
    }

    private void judge(AuditRecord r, AuditRecord next) {
        long expected = lastSequence + 1;
        boolean linked = r.previousHash().equals(lastHash);
        if (r.sequence() == expected && linked && AuditChain.hashMatches(r)) {
            verified(r);
        } else if (r.sequence() <= lastSequence) {
            breakAt(r.sequence(), Kind.INSERTED, "a second event numbered " + r.sequence() + " follows event "
                    + lastSequence);
        } else if (r.sequence() > expected) {
            gap(r, next, expected);
        } else if (linked) {
            breakAt(expected, Kind.EDITED, "its content does not match its hash");
        } else if (AuditChain.hashMatches(r)) {
            unlinkedButSealed(r, next, expected);
        } else {
            unlinkedAndUnsealed(r, next, expected);
        }
    }

    private void gap(AuditRecord r, AuditRecord next, long expected) {
        if (next != null && next.sequence() < r.sequence()) {
            breakAt(expected, Kind.REORDERED, "event " + r.sequence() + " comes before event " + next.sequence());
        } else {
            String missing = r.sequence() == expected + 1 ? "is missing" : "to " + (r.sequence() - 1) + " are missing";
            breakAt(expected, Kind.DELETED, "event " + expected + " " + missing + ": event " + lastSequence
                    + " is followed by event " + r.sequence());
        }
    }

    /** The record is intact in itself but points to another predecessor. */
    private void unlinkedButSealed(AuditRecord r, AuditRecord next, long expected) {
        if (next != null && next.previousHash().equals(lastHash)) {
            breakAt(expected, Kind.INSERTED, "it was slipped in: event " + next.sequence() + " points to event "
                    + lastSequence);
        } else if (count > 0) {
            breakAt(lastSequence, Kind.EDITED, "its hash was recomputed after a change: event " + expected
                    + " still points to its original hash");
        } else {
            breakAt(expected, Kind.EDITED, "it does not point to the hash of event " + lastSequence);
        }
    }

    /** The record matches neither its hash nor its predecessor: was it renumbered, and which way? */
    private void unlinkedAndUnsealed(AuditRecord r, AuditRecord next, long expected) {
        if (hashBeforeLast != null && r.previousHash().equals(hashBeforeLast)
                && AuditChain.hashMatchesAt(r, r.sequence() - 1)) {
            breakAt(lastSequence, Kind.INSERTED, "it was inserted before the original event " + lastSequence
                    + ", which now carries number " + r.sequence());
        } else if (AuditChain.hashMatchesAt(r, r.sequence() + 1)) {
            if (next != null && next.previousHash().equals(lastHash)
                    && AuditChain.hashMatchesAt(next, next.sequence() - 1)) {
                breakAt(expected, Kind.REORDERED, "events " + expected + " and " + next.sequence()
                        + " swapped their numbers");
            } else {
                breakAt(expected, Kind.DELETED, "the original event " + expected
                        + " was deleted and the events after it renumbered");
            }
        } else {
            breakAt(expected, Kind.EDITED, "it matches neither its hash nor the hash of event " + lastSequence);
        }
    }

    private void verified(AuditRecord r) {
        while (nextKnownHead < knownHeads.length && knownHeads[nextKnownHead].sequence() <= r.sequence()) {
            ChainHead known = knownHeads[nextKnownHead];
            if (known.sequence() == r.sequence() && !known.hash().equals(r.hash())) {
                breakAt(r.sequence(), Kind.REWRITTEN, "its hash is " + r.hash() + ", but " + known
                        + " was recorded earlier");
                return;
            }
            nextKnownHead++;
        }
        hashBeforeLast = lastHash;
        lastSequence = r.sequence();
        lastHash = r.hash();
        count++;
    }

    /** When the blame falls on the event just verified, the intact part ends one event earlier. */
    private void breakAt(long event, Kind kind, String reason) {
        boolean blamesLastVerified = event == lastSequence && count > 0;
        ChainHead lastIntact = blamesLastVerified ? new ChainHead(lastSequence - 1, hashBeforeLast)
                : new ChainHead(lastSequence, lastHash);
        broken = new Verification.Broken(event, kind, reason, lastIntact, blamesLastVerified ? count - 1 : count);
    }
}
