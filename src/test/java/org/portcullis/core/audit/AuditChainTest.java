package org.portcullis.core.audit;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditChainTest {

    private static final AuditContent FIXED = new AuditContent(Instant.parse("2026-03-01T12:34:56.123456789Z"),
            "alice", "permission.create", "permission", "api-gateway->llm-service", 42L, null,
            "{\"methods\":[\"POST\"],\"note\":\"ünïcode, \\\"quoted\\\"\"}", "10.0.0.7");

    /** The canonical form of event 1 made of FIXED, checked once by an independent Python encoder of the spec. */
    private static final String GOLDEN_BYTES = "0100000012706f727463756c6c69732d61756469742f310000000000000001010000001b323032362d30332d30315431"
                + "323a33343a35362e3132333435365a0100000005616c69636501000000117065726d697373696f6e2e63726561746501"
                + "0000000a7065726d697373696f6e01000000186170692d676174657761792d3e6c6c6d2d736572766963650100000000"
                + "0000002a0001000000337b226d6574686f6473223a5b22504f5354225d2c226e6f7465223a22c3bc6ec3af636f64652c"
                + "205c2271756f7465645c22227d010000000831302e302e302e3701000000403030303030303030303030303030303030"
                + "3030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030";

    /**
     * Golden: pins the canonical form. If this fails, the encoding changed and every stored chain would no longer
     * verify: do not update the value, introduce a new format version instead.
     */
    @Test
    void canonicalFormIsStable() {
        AuditRecord first = AuditChain.next(ChainHead.GENESIS, FIXED);

        assertThat(first.hash()).isEqualTo("287a54d87a5f0b0c6efd5a680cb055bdf62c0334b1d5d6e3ca49255188710942");
        assertThat(HexFormat.of().formatHex(AuditChain.canonicalForm(first))).isEqualTo(GOLDEN_BYTES);
    }

    @Test
    void canonicalFormIsLengthPrefixedInFixedOrder() {
        AuditRecord first = AuditChain.next(ChainHead.GENESIS, FIXED);
        byte[] bytes = AuditChain.canonicalForm(first);

        String asText = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(asText).startsWith("\u0001\u0000\u0000\u0000\u0012portcullis-audit/1");
        assertThat(asText).contains("\u0001\u0000\u0000\u0000\u001b2026-03-01T12:34:56.123456Z");
        assertThat(asText).endsWith("\u0001\u0000\u0000\u0000\u0040" + AuditChain.GENESIS);
    }

    @Test
    void nextFillsSequencePreviousHashAndHash() {
        AuditRecord first = AuditChain.next((AuditRecord) null, FIXED);
        AuditRecord second = AuditChain.next(first, FIXED);

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(AuditChain.GENESIS).hasSize(64).matches("0+");
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.hash()).isEqualTo(AuditChain.hash(second)).isNotEqualTo(first.hash()).matches("[0-9a-f]{64}");
        assertThat(AuditChain.hashMatches(second)).isTrue();
        assertThat(AuditChain.next(first.head(), FIXED)).isEqualTo(second);
    }

    @Test
    void instantsAreKeptToMicroseconds() {
        AuditContent nanos = new AuditContent(Instant.parse("2026-03-01T12:00:00.123456789Z"), "a", "b", "c", "d",
                null, null, null, null);
        AuditContent micros = new AuditContent(Instant.parse("2026-03-01T12:00:00.123456Z"), "a", "b", "c", "d",
                null, null, null, null);

        assertThat(AuditChain.next(ChainHead.GENESIS, nanos)).isEqualTo(AuditChain.next(ChainHead.GENESIS, micros));
        assertThat(AuditChain.format(Instant.parse("2026-03-01T12:00:00Z"))).isEqualTo("2026-03-01T12:00:00.000000Z");
    }

    @Test
    void nullDiffersFromEmptyAndFieldBoundariesMatter() {
        String nullActor = hashOf("x", null, "b");
        String emptyActor = hashOf("x", "", "b");
        String shifted1 = hashOf("ab", "c", "d");
        String shifted2 = hashOf("a", "bc", "d");

        assertThat(nullActor).isNotEqualTo(emptyActor);
        assertThat(shifted1).isNotEqualTo(shifted2);
    }

    private static String hashOf(String objectName, String actor, String action) {
        return AuditChain.next(ChainHead.GENESIS, new AuditContent(Chains.T0, actor, action, "t", objectName, null,
                null, null, null)).hash();
    }

    @Test
    void everyFieldIsCovered() {
        AuditRecord base = AuditChain.next(ChainHead.GENESIS, FIXED);
        AuditContent c = FIXED;
        AuditContent[] changed = {
                new AuditContent(c.at().plusNanos(1000), c.actor(), c.action(), c.objectType(), c.objectName(),
                        c.changeRequest(), c.before(), c.after(), c.clientAddress()),
                new AuditContent(c.at(), "bob", c.action(), c.objectType(), c.objectName(), c.changeRequest(),
                        c.before(), c.after(), c.clientAddress()),
                new AuditContent(c.at(), c.actor(), "x", c.objectType(), c.objectName(), c.changeRequest(),
                        c.before(), c.after(), c.clientAddress()),
                new AuditContent(c.at(), c.actor(), c.action(), "x", c.objectName(), c.changeRequest(), c.before(),
                        c.after(), c.clientAddress()),
                new AuditContent(c.at(), c.actor(), c.action(), c.objectType(), "x", c.changeRequest(), c.before(),
                        c.after(), c.clientAddress()),
                new AuditContent(c.at(), c.actor(), c.action(), c.objectType(), c.objectName(), null, c.before(),
                        c.after(), c.clientAddress()),
                new AuditContent(c.at(), c.actor(), c.action(), c.objectType(), c.objectName(), c.changeRequest(),
                        "{}", c.after(), c.clientAddress()),
                new AuditContent(c.at(), c.actor(), c.action(), c.objectType(), c.objectName(), c.changeRequest(),
                        c.before(), "{}", c.clientAddress()),
                new AuditContent(c.at(), c.actor(), c.action(), c.objectType(), c.objectName(), c.changeRequest(),
                        c.before(), c.after(), "10.0.0.8")};
        for (AuditContent content : changed) {
            assertThat(AuditChain.next(ChainHead.GENESIS, content).hash()).isNotEqualTo(base.hash());
        }
        assertThat(AuditChain.next(new ChainHead(0, "f".repeat(64)), FIXED).hash()).isNotEqualTo(base.hash());
        assertThat(AuditChain.next(new ChainHead(1, AuditChain.GENESIS), FIXED).hash()).isNotEqualTo(base.hash());
    }

    @Test
    void textThatIsNotUnicodeIsRefused() {
        AuditContent loneSurrogate = new AuditContent(Chains.T0, "a\uD800", "b", "c", "d", null, null, null, null);

        assertThatThrownBy(() -> AuditChain.next(ChainHead.GENESIS, loneSurrogate))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unpaired surrogate");
    }
}
