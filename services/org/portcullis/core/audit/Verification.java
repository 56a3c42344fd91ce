package org.portcullis.core.audit;

/**
 * The outcome of verifying an audit chain: intact up to a head, or the first broken event and how it broke.
 * See the package documentation for how each kind is detected.
 */
public sealed interface Verification {

    /** How the chain was broken at the reported event. */
    enum Kind {
        /** The event's content no longer matches its hash, or its hash was recomputed after a change. */
        EDITED,
        /** The event is missing: a gap in the numbers, a renumbered rest, or a chain ending before a known head. */
        DELETED,
        /** The event is an extra one: a second event with its number, or one slipped in between two neighbours. */
        INSERTED,
        /** The event stands in the wrong place: events follow out of order or swapped their numbers. */
        REORDERED,
        /**
         * The chain is consistent but differs from a head recorded earlier (a previous export's trailer): it was
         * recomputed at or before this event.
         */
        REWRITTEN
    }

    boolean isIntact();

    /** The number of events that verified. */
    long count();

    /** One line for an auditor. */
    String summary();

    /** Every event verified. {@code head} is the newest one ({@link ChainHead#GENESIS} for no events). */
    record Intact(ChainHead head, long count) implements Verification {
        @Override
        public boolean isIntact() {
            return true;
        }

        @Override
        public String summary() {
            return "Intact through event " + head.sequence() + " (head hash " + head.hash() + ", " + count
                    + " events verified)";
        }
    }

    /**
     * The chain is broken at {@code event}.
     *
     * @param lastIntact the newest event verified before the break
     * @param reason     what was seen, for an auditor
     */
    record Broken(long event, Kind kind, String reason, ChainHead lastIntact, long count) implements Verification {
        @Override
        public boolean isIntact() {
            return false;
        }

        @Override
        public String summary() {
            return "Broken at event " + event + " (" + kind + "): " + reason + "; intact through event "
                    + lastIntact.sequence();
        }
    }
}
