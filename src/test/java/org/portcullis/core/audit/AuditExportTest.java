package org.portcullis.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class AuditExportTest {
    private static final String HEADER = "sequence,at,actor,action,objectType,objectName,changeRequest,before,after,"
            + "clientAddress,previousHash,hash\r\n";

    private static AuditRecord recordWith(String objectName, String before) {
        return AuditChain.next(ChainHead.GENESIS, new AuditContent(Instant.parse("2026-03-01T12:00:00Z"), "alice",
                "zone.update", "zone", objectName, 7L, before, null, ""));
    }

    static Stream<Arguments> shouldQuoteCsvFields() {
        return Stream.of(
                arguments("plain", "plain"),
                arguments("a,b", "\"a,b\""),
                arguments("say \"hi\"", "\"say \"\"hi\"\"\""),
                arguments("line1\nline2", "\"line1\nline2\""),
                arguments("cr\rlf", "\"cr\rlf\""),
                arguments("\"", "\"\"\"\""),
                arguments("", "\"\""),
                arguments(null, ""));
    }

    @ParameterizedTest
    @MethodSource
    void shouldQuoteCsvFields(String value, String expected) throws IOException {
        String csv = csv(List.of(recordWith(value, null)));

        String row = csv.substring(HEADER.length());
        assertThat(row).startsWith("1,2026-03-01T12:00:00.000000Z,alice,zone.update,zone," + expected + ",7,,,\"\",");
    }

    @Test
    void csvHasHeaderRowsAndTrailerWithTheHead() throws IOException {
        List<AuditRecord> chain = Chains.chain(3);
        StringWriter out = new StringWriter();
        AuditExport export = AuditExport.csv(out);
        for (AuditRecord r : chain) {
            export.write(r);
        }
        ChainHead head = export.finish();

        assertThat(head).isEqualTo(chain.getLast().head());
        String[] lines = out.toString().split("\r\n", -1);
        assertThat(out.toString()).startsWith(HEADER);
        assertThat(lines).hasSize(6);
        assertThat(lines[4]).isEqualTo("#head,sequence=3,hash=" + head.hash() + ",count=3,,,,,,,,");
        assertThat(lines[5]).isEmpty();
        assertThat(lines[1]).endsWith("," + chain.getFirst().previousHash() + "," + chain.getFirst().hash());
    }

    @Test
    void emptyCsvExportHasTheGenesisHead() throws IOException {
        assertThat(csv(List.of())).isEqualTo(HEADER + "#head,sequence=0,hash=" + AuditChain.GENESIS
                + ",count=0,,,,,,,,\r\n");
    }

    @Test
    void jsonExportIsValidJsonWithTrailerAndReverifies() throws IOException {
        List<AuditRecord> chain = new ArrayList<>(Chains.chain(4));
        chain.add(AuditChain.next(chain.getLast(), new AuditContent(Chains.T0, "bob \"the\" admin\\", "x\n\t\u0001",
                "ünï\u2028cödé 😀", "", 9L, "{\"a\":\"b,c\"}", null, "::1")));
        StringWriter out = new StringWriter();
        AuditExport export = AuditExport.json(out);
        for (AuditRecord r : chain) {
            export.write(r);
        }
        ChainHead head = export.finish();

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("format").asText()).isEqualTo("portcullis-audit-export/1");
        assertThat(json.get("head").get("sequence").asLong()).isEqualTo(5);
        assertThat(json.get("head").get("hash").asText()).isEqualTo(head.hash()).isEqualTo(chain.getLast().hash());
        assertThat(json.get("head").get("count").asLong()).isEqualTo(5);
        List<AuditRecord> read = new ArrayList<>();
        json.get("records").forEach(node -> read.add(fromJson(node)));
        assertThat(read).isEqualTo(chain);
        assertThat(ChainVerifier.verify(read.iterator(), head).isIntact()).isTrue();
        assertThat(out.toString().lines()).hasSize(7);
    }

    @Test
    void emptyJsonExportHasTheGenesisHead() throws IOException {
        StringWriter out = new StringWriter();
        AuditExport.json(out).finish();

        assertThat(out.toString()).isEqualTo("{\"format\":\"portcullis-audit-export/1\",\"records\":[\n],"
                + "\"head\":{\"sequence\":0,\"hash\":\"" + AuditChain.GENESIS + "\",\"count\":0}}\n");
    }

    @Test
    void jsonStringsEscapeWhatMustBeEscaped() {
        assertThat(JsonExport.quote("a\"b\\c\n\u0000\u2028")).isEqualTo("\"a\\\"b\\\\c\\n\\u0000\\u2028\"");
        assertThat(JsonExport.quote("x\uD800y😀")).isEqualTo("\"x\\ud800y😀\"");
    }

    private static String csv(List<AuditRecord> records) throws IOException {
        StringWriter out = new StringWriter();
        AuditExport export = AuditExport.csv(out);
        for (AuditRecord r : records) {
            export.write(r);
        }
        export.finish();
        return out.toString();
    }

    private static AuditRecord fromJson(JsonNode n) {
        return new AuditRecord(n.get("sequence").asLong(), Instant.parse(n.get("at").asText()), text(n, "actor"),
                text(n, "action"), text(n, "objectType"), text(n, "objectName"),
                n.get("changeRequest").isNull() ? null : n.get("changeRequest").asLong(), text(n, "before"),
                text(n, "after"), text(n, "clientAddress"), text(n, "previousHash"), text(n, "hash"));
    }

    private static String text(JsonNode node, String field) {
        return node.get(field).isNull() ? null : node.get(field).asText();
    }
}
