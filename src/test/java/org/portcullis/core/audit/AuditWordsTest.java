package org.portcullis.core.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditWordsTest {

    private static final String ASSIGNMENT = "{\"expiresAt\":null,\"role\":\"Vector-Reader\",\"subject\":\"dave\","
            + "\"subjectKind\":\"PERSON\",\"ports\":[8080],\"note\":\"say \\\"hi\\\"\\nbye\"}";

    @Test
    void eventWordsComeFromActorActionNameAndJsonValues() {
        var words = AuditWords.of("alice", "inventory.created", "vector-reader → person dave", null, ASSIGNMENT);
        assertThat(words).containsExactlyInAnyOrder("alice", "inventory.created", "inventory", "created",
                "vector-reader", "vector", "reader", "person", "dave", "8080", "say", "hi", "bye");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // text                                 | words, space-separated
            "api-gateway->llm-service               | api-gateway api gateway llm-service llm service",
            "dave@Example.COM                       | dave@example.com dave example com",
            "10.0.0.7                               | 10.0.0.7 10",
            "--x_1--                                | x_1",
            "#12                                    | 12",
            "Grüße, Ärger                           | grüße ärger"})
    void shouldFindTheseWords(String text, String expected) {
        var words = new java.util.LinkedHashSet<String>();
        AuditWords.text(text, words);
        assertThat(words).containsExactlyElementsOf(Arrays.asList(expected.split(" ")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"role\":\"x\"}                     | x",
            "{\"a\" : {\"b\" : [\"c d\", -1.5]}}   | c d 1.5",
            "{\"enabled\":true,\"v\":null}        | ''",
            "not json: plain TEXT               | not json plain text",
            "{\"broken\":\"no end               | no end"})
    void jsonValuesOnly(String json, String expected) {
        var words = new java.util.LinkedHashSet<String>();
        AuditWords.json(json, words);
        assertThat(words).containsExactlyElementsOf(expected.isEmpty() ? List.of()
                : Arrays.asList(expected.split(" ")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "user-996\"                 | user-996",
            "  Role-3 → Person  user-5 | role-3 person user-5",
            "dave dave                 | dave",
            "→ ...                     | ''"})
    void queryWordsAreLowercasedRuns(String typed, String expected) {
        assertThat(AuditWords.query(typed)).containsExactlyElementsOf(expected.isEmpty() ? List.of()
                : Arrays.asList(expected.split(" ")));
    }

    @Test
    void longWordsAreCutAlike() {
        var longWord = "a".repeat(AuditWords.MAX_LENGTH - 1) + "\uD835\uDC00tail";
        var indexed = AuditWords.of("x", "y", longWord, null, null);
        var typed = AuditWords.query(longWord);
        assertThat(typed).singleElement().satisfies(w -> {
            assertThat(w).hasSize(AuditWords.MAX_LENGTH - 1);
            assertThat(indexed).contains(w);
        });
    }

    @Test
    void recordWordsIgnoreWhatIsNotSearchable() {
        var r = new AuditRecord(1, java.time.Instant.EPOCH, "bob", "signin", "person", "bob", null, null, null,
                "10.0.0.1", "0".repeat(64), "f".repeat(64));
        assertThat(AuditWords.of(r)).containsExactly("bob", "signin");
    }
}
