package org.portcullis.core.audit;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The hash chain: how an event is encoded and hashed, and how the next event is sealed onto the chain.
 *
 * <h2>Canonical form, version 1</h2>
 * The bytes hashed for an event are, in this order:
 * <ol>
 *   <li>the text {@code portcullis-audit/1} (as a string field, see below) — names the format version</li>
 *   <li>{@code sequence}: 8 bytes, big-endian two's complement</li>
 *   <li>{@code at}: string field, ISO-8601 in UTC with exactly six fraction digits,
 *   {@code 2026-03-01T12:00:00.000000Z} (truncated to microseconds: databases store no more)</li>
 *   <li>{@code actor}, {@code action}, {@code objectType}, {@code objectName}: string fields</li>
 *   <li>{@code changeRequest}: one byte 0 for null, or one byte 1 and 8 bytes big-endian</li>
 *   <li>{@code before}, {@code after}, {@code clientAddress}, {@code previousHash}: string fields</li>
 * </ol>
 * A string field is one byte 0 for null, or one byte 1, the length of its UTF-8 bytes as 4 bytes big-endian, and
 * those bytes. So null differs from "", and no two different events share an encoding (every field carries its
 * length). Text that is not valid Unicode (an unpaired surrogate) is refused rather than silently replaced, which
 * would make two different texts hash alike. The hash is the lower-case hex SHA-256 of these bytes; the record's own
 * {@code hash} is not part of them. Changing any of this changes every hash: it needs a new version text.
 */
public final class AuditChain {
    /** What the first event's previousHash points to: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);
    static final String FORMAT = "portcullis-audit/1";

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();
    private static final byte NULL = 0;
    private static final byte PRESENT = 1;

    private AuditChain() {
    }

    /** The event after {@code previous} (null: the first event), sealed with its hash. */
    public static AuditRecord next(AuditRecord previous, AuditContent content) {
        return next(previous == null ? ChainHead.GENESIS : previous.head(), content);
    }

    /** The event after the chain's current head, sealed with its hash. */
    public static AuditRecord next(ChainHead head, AuditContent content) {
        long sequence = head.sequence() + 1;
        String hash = hex(digest(encode(sequence, content.at(), content.actor(), content.action(),
                content.objectType(), content.objectName(), content.changeRequest(), content.before(),
                content.after(), content.clientAddress(), head.hash())));
        return new AuditRecord(sequence, content.at(), content.actor(), content.action(), content.objectType(),
                content.objectName(), content.changeRequest(), content.before(), content.after(),
                content.clientAddress(), head.hash(), hash);
    }

    public static byte[] canonicalForm(AuditRecord record) {
        return canonicalForm(record, record.sequence());
    }

    /** Hex SHA-256 of the record's canonical form: what its {@code hash} must be. */
    public static String hash(AuditRecord record) {
        return hex(digest(canonicalForm(record)));
    }

    /** Whether the record's stored hash matches its content, sequence and previousHash. */
    public static boolean hashMatches(AuditRecord record) {
        return hashMatchesAt(record, record.sequence());
    }

    /** Whether the record would be sealed had it carried {@code sequence}: tells a renumbered event. */
    static boolean hashMatchesAt(AuditRecord record, long sequence) {
        return MessageDigest.isEqual(digest(canonicalForm(record, sequence)), parseHex(record.hash()));
    }

    /** ISO-8601 UTC with exactly six fraction digits, as in the canonical form and the exports. */
    public static String format(Instant at) {
        return AT.format(truncate(at));
    }

    static Instant truncate(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    private static byte[] canonicalForm(AuditRecord r, long sequence) {
        return encode(sequence, r.at(), r.actor(), r.action(), r.objectType(), r.objectName(), r.changeRequest(),
                r.before(), r.after(), r.clientAddress(), r.previousHash());
    }

    private static byte[] encode(long sequence, Instant at, String actor, String action, String objectType,
                                 String objectName, Long changeRequest, String before, String after,
                                 String clientAddress, String previousHash) {
        Encoder out = new Encoder();
        out.string(FORMAT);
        out.int64(sequence);
        out.string(format(at));
        out.string(actor);
        out.string(action);
        out.string(objectType);
        out.string(objectName);
        out.nullableInt64(changeRequest);
        out.string(before);
        out.string(after);
        out.string(clientAddress);
        out.string(previousHash);
        return out.bytes();
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    private static byte[] parseHex(String hex) {
        try {
            return HEX.parseHex(hex);
        } catch (IllegalArgumentException notHex) {
            return new byte[0];
        }
    }

    /** A growing byte buffer with the few field encodings above. */
    private static final class Encoder {
        private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private byte[] buffer = new byte[512];
        private int size;

        void int64(long value) {
            ensure(8);
            for (int shift = 56; shift >= 0; shift -= 8) {
                buffer[size++] = (byte) (value >>> shift);
            }
        }

        void nullableInt64(Long value) {
            ensure(1);
            buffer[size++] = value == null ? NULL : PRESENT;
            if (value != null) {
                int64(value);
            }
        }

        void string(String value) {
            ensure(1);
            if (value == null) {
                buffer[size++] = NULL;
                return;
            }
            buffer[size++] = PRESENT;
            byte[] bytes = utf8(value);
            ensure(4 + bytes.length);
            for (int shift = 24; shift >= 0; shift -= 8) {
                buffer[size++] = (byte) (bytes.length >>> shift);
            }
            System.arraycopy(bytes, 0, buffer, size, bytes.length);
            size += bytes.length;
        }

        private byte[] utf8(String value) {
            if (value.chars().noneMatch(c -> Character.isSurrogate((char) c))) {
                return value.getBytes(StandardCharsets.UTF_8);
            }
            try {
                ByteBuffer encoded = utf8.encode(CharBuffer.wrap(value));
                byte[] bytes = new byte[encoded.remaining()];
                encoded.get(bytes);
                return bytes;
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException("audit text is not valid Unicode (unpaired surrogate): "
                        + value.length() + " chars", e);
            }
        }

        private void ensure(int more) {
            if (size + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(buffer, size);
        }
    }
}
