package org.portcullis.core.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.portcullis.core.audit.Verification.Kind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.portcullis.core.audit.Chains.chain;
import static org.portcullis.core.audit.Chains.renumbered;
import static org.portcullis.core.audit.Chains.resealed;
import static org.portcullis.core.audit.Chains.withActor;
import static org.portcullis.core.audit.Chains.withHashes;

class ChainVerifierTest {
    private static final int SIZE = 10;
    private static final List<AuditRecord> CHAIN = chain(SIZE);
    private static final ChainHead RECORDED_HEAD = CHAIN.getLast().head();

    /** Index of event n in the list. */
    private static int at(int n) {
        return n - 1;
    }

    private static AuditRecord event(int n) {
        return CHAIN.get(at(n));
    }

    private static AuditRecord forged(long sequence, String previousHash) {
        return AuditChain.next(new ChainHead(sequence - 1, previousHash), new AuditContent(Chains.T0, "mallory",
                "role.assign", "role", "security-admin", null, null, "{}", "10.6.6.6"));
    }

    static Stream<Arguments> shouldDetect() {
        return Stream.of(
                tampering("actor of event 5 edited", Kind.EDITED, 5, c -> set(c, 5, withActor(event(5), "bob"))),
                tampering("hash of event 5 edited", Kind.EDITED, 5,
                        c -> set(c, 5, withHashes(event(5), event(5).previousHash(), "ab".repeat(32)))),
                tampering("previousHash of event 5 edited", Kind.EDITED, 5,
                        c -> set(c, 5, withHashes(event(5), "cd".repeat(32), event(5).hash()))),
                tampering("hash of event 5 not hex", Kind.EDITED, 5,
                        c -> set(c, 5, withHashes(event(5), event(5).previousHash(), "not hex"))),
                tampering("event 5 edited and resealed", Kind.EDITED, 5,
                        c -> set(c, 5, resealed(withActor(event(5), "bob")))),
                tampering("event 1 edited and resealed", Kind.EDITED, 1,
                        c -> set(c, 1, resealed(withActor(event(1), "bob")))),
                tampering("event 1 no longer starts the chain", Kind.EDITED, 1,
                        c -> set(c, 1, forged(1, "ee".repeat(32)))),
                tampering("event 5 deleted", Kind.DELETED, 5, c -> remove(c, 5)),
                tampering("event 1 deleted", Kind.DELETED, 1, c -> remove(c, 1)),
                tampering("events 5 to 7 deleted", Kind.DELETED, 5, c -> remove(remove(remove(c, 7), 6), 5)),
                tampering("event 5 deleted, the rest renumbered", Kind.DELETED, 5, c -> {
                    List<AuditRecord> out = new ArrayList<>(remove(c, 5));
                    for (int n = 5; n < SIZE; n++) {
                        out.set(at(n), renumbered(out.get(at(n)), n));
                    }
                    return out;
                }),
                tampering("last event deleted, recorded head known", Kind.DELETED, 10, c -> remove(c, 10)),
                tampering("last three events deleted, recorded head known", Kind.DELETED, 8,
                        c -> c.subList(0, 7)),
                tampering("forged event 5 after the real one", Kind.INSERTED, 5,
                        c -> insert(c, at(6), forged(5, event(4).hash()))),
                tampering("forged event 5 before the real one", Kind.INSERTED, 5,
                        c -> insert(c, at(5), forged(5, event(4).hash()))),
                tampering("forged event 5 with a wrong previousHash, the rest renumbered", Kind.INSERTED, 5,
                        c -> insertRenumbering(c, 5, forged(5, "ee".repeat(32)))),
                tampering("forged event 5 linked to event 4, the rest renumbered", Kind.INSERTED, 5,
                        c -> insertRenumbering(c, 5, forged(5, event(4).hash()))),
                tampering("forged event 1 linked to genesis, the rest renumbered", Kind.INSERTED, 1,
                        c -> insertRenumbering(c, 1, forged(1, AuditChain.GENESIS))),
                tampering("events 5 and 6 swapped in order", Kind.REORDERED, 5, c -> swap(c, 5, 6)),
                tampering("events 5 and 8 swapped in order", Kind.REORDERED, 5, c -> swap(c, 5, 8)),
                tampering("events 5 and 6 swapped their numbers", Kind.REORDERED, 5, c -> {
                    List<AuditRecord> out = new ArrayList<>(c);
                    out.set(at(5), renumbered(event(6), 5));
                    out.set(at(6), renumbered(event(5), 6));
                    return out;
                }),
                tampering("event 9 and 10 swapped their numbers", Kind.REORDERED, 9, c -> {
                    List<AuditRecord> out = new ArrayList<>(c);
                    out.set(at(9), renumbered(event(10), 9));
                    out.set(at(10), renumbered(event(9), 10));
                    return out;
                }),
                tampering("last event edited and resealed, recorded head known", Kind.REWRITTEN, 10,
                        c -> set(c, 10, resealed(withActor(event(10), "bob")))),
                tampering("chain recomputed from event 3 on, recorded head known", Kind.REWRITTEN, 10, c -> {
                    List<AuditRecord> out = new ArrayList<>(c.subList(0, 2));
                    for (int n = 3; n <= SIZE; n++) {
                        out.add(AuditChain.next(out.getLast(), withActor(event(n), "bob").content()));
                    }
                    return out;
                }));
    }

    private static Arguments tampering(String what, Kind kind, long event, UnaryOperator<List<AuditRecord>> edit) {
        return arguments(what, kind, event, edit);
    }

    @ParameterizedTest(name = "{0} -> {1} at {2}")
    @MethodSource
    void shouldDetect(String what, Kind kind, long event, UnaryOperator<List<AuditRecord>> tamper) {
        List<AuditRecord> tampered = tamper.apply(new ArrayList<>(CHAIN));

        Verification verification = ChainVerifier.verify(tampered.iterator(), RECORDED_HEAD);

        assertThat(verification).isInstanceOfSatisfying(Verification.Broken.class, broken -> {
            assertThat(broken.kind()).as(broken.summary()).isEqualTo(kind);
            assertThat(broken.event()).as(broken.summary()).isEqualTo(event);
            assertThat(broken.lastIntact().sequence()).isLessThan(event);
        });
    }

    @Test
    void shouldPassAnIntactChain() {
        Verification verification = ChainVerifier.verify(CHAIN.iterator(), RECORDED_HEAD);

        assertThat(verification).isEqualTo(new Verification.Intact(RECORDED_HEAD, SIZE));
        assertThat(verification.summary()).isEqualTo("Intact through event 10 (head hash " + RECORDED_HEAD.hash()
                + ", 10 events verified)");
    }

    @Test
    void shouldPassAnEmptyChain() {
        assertThat(ChainVerifier.verify(Collections.emptyIterator()))
                .isEqualTo(new Verification.Intact(ChainHead.GENESIS, 0));
    }

    @Test
    void withoutARecordedHeadALostTailGoesUnnoticed() {
        Verification verification = ChainVerifier.verify(CHAIN.subList(0, 9).iterator());

        assertThat(verification).isEqualTo(new Verification.Intact(event(9).head(), 9));
    }

    @Test
    void aLaterExportExtendsAnEarlierOne() {
        List<AuditRecord> later = chain(15);

        assertThat(ChainVerifier.verify(later.iterator(), RECORDED_HEAD).isIntact()).isTrue();
        assertThat(ChainVerifier.verify(later.iterator(), CHAIN.get(2).head(), RECORDED_HEAD).count()).isEqualTo(15);
    }

    @Test
    void aLaterExportThatRewroteHistoryDoesNotExtendTheEarlierOne() {
        List<AuditRecord> rewritten = new ArrayList<>();
        for (int n = 1; n <= 15; n++) {
            AuditContent content = n == 7 ? withActor(chain(15).get(6), "bob").content() : Chains.content(n);
            rewritten.add(AuditChain.next(rewritten.isEmpty() ? null : rewritten.getLast(), content));
        }

        Verification verification = ChainVerifier.verify(rewritten.iterator(), RECORDED_HEAD);

        assertThat(verification.isIntact()).isFalse();
        assertThat((Verification.Broken) verification).extracting(Verification.Broken::kind,
                Verification.Broken::event).containsExactly(Kind.REWRITTEN, 10L);
    }

    @Test
    void verifiesASegmentAfterAKnownHead() {
        ChainVerifier verifier = ChainVerifier.after(event(4).head(), RECORDED_HEAD);
        CHAIN.subList(4, SIZE).forEach(verifier::accept);

        assertThat(verifier.finish()).isEqualTo(new Verification.Intact(RECORDED_HEAD, 6));
    }

    @Test
    void stopsAtTheFirstBreak() {
        ChainVerifier verifier = ChainVerifier.fromGenesis();
        List<AuditRecord> tampered = set(new ArrayList<>(CHAIN), 3, withActor(event(3), "bob"));
        List<Boolean> answers = tampered.stream().map(verifier::accept).toList();

        assertThat(answers).containsExactly(true, true, true, false, false, false, false, false, false, false);
        assertThat(verifier.finish()).isInstanceOfSatisfying(Verification.Broken.class, broken -> {
            assertThat(broken.event()).isEqualTo(3);
            assertThat(broken.lastIntact()).isEqualTo(event(2).head());
            assertThat(broken.count()).isEqualTo(2);
            assertThat(broken.summary()).startsWith("Broken at event 3 (EDITED): its content does not match its hash");
        });
    }

    private static List<AuditRecord> set(List<AuditRecord> chain, int n, AuditRecord record) {
        chain.set(at(n), record);
        return chain;
    }

    private static List<AuditRecord> remove(List<AuditRecord> chain, int n) {
        List<AuditRecord> out = new ArrayList<>(chain);
        out.removeIf(r -> r.sequence() == n);
        return out;
    }

    private static List<AuditRecord> insert(List<AuditRecord> chain, int index, AuditRecord record) {
        chain.add(index, record);
        return chain;
    }

    private static List<AuditRecord> insertRenumbering(List<AuditRecord> chain, int n, AuditRecord record) {
        List<AuditRecord> out = new ArrayList<>(chain.subList(0, at(n)));
        out.add(record);
        chain.subList(at(n), chain.size()).forEach(r -> out.add(renumbered(r, r.sequence() + 1)));
        return out;
    }

    private static List<AuditRecord> swap(List<AuditRecord> chain, int a, int b) {
        Collections.swap(chain, at(a), at(b));
        return chain;
    }
}
