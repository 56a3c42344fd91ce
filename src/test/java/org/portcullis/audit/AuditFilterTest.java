package org.portcullis.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditFilterTest {

    private static final AuditFilter FULL = new AuditFilter(Instant.parse("2026-03-01T00:00:00Z"),
            Instant.parse("2026-03-02T00:00:00Z"), "alice", "request.approved", "WORKLOAD", "llm-*", 12L,
            "50% & more");

    @Test
    void queryStringReadsBackAsTheSameFilter() {
        var parameters = new HashMap<String, String>();
        for (var pair : FULL.toQueryString().split("&")) {
            var kv = pair.split("=", 2);
            parameters.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        assertThat(AuditFilter.fromParameters(parameters::get)).isEqualTo(FULL);
    }

    @Test
    void blankFieldsAreNoCondition() {
        var filter = new AuditFilter(null, null, " ", "", null, "  ", null, "");
        assertThat(filter.isEmpty()).isTrue();
        assertThat(AuditSearch.of(filter, true).where().text()).isEmpty();
        assertThat(filter.toQueryString()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"from, yesterday", "to, 2026-13-01", "changeRequest, twelve"})
    void shouldRefuseBadParameter(String name, String value) {
        assertThatThrownBy(() -> AuditFilter.fromParameters(n -> n.equals(name) ? value : null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(name);
    }

    @Test
    void requestNumberMayCarryItsHash() {
        assertThat(AuditFilter.fromParameters(n -> n.equals("changeRequest") ? "#7" : null).changeRequest())
                .isEqualTo(7L);
    }

    @Test
    void everyFilterBecomesOneBoundCondition() {
        var where = AuditSearch.of(FULL, false).where();
        assertThat(where.text()).isEqualTo(" WHERE at >= ? AND at <= ? AND actor = ? AND action = ?"
                + " AND object_type = ? AND object_name LIKE ? ESCAPE '\\' AND change_request = ?"
                + " AND EXISTS (SELECT 1 FROM audit_word w WHERE w.sequence = audit_event.sequence"
                + " AND w.word LIKE ? ESCAPE '\\')"
                + " AND EXISTS (SELECT 1 FROM audit_word w WHERE w.sequence = audit_event.sequence"
                + " AND w.word LIKE ? ESCAPE '\\')");
        assertThat(where.parameters()).hasSize(9);
        assertThat(where.parameters().subList(2, 9)).isEqualTo(List.of("alice", "request.approved", "WORKLOAD",
                "llm-%", 12L, "50%", "more%"));
    }

    @Test
    void prefixesAreIndexRangesOnH2() {
        var where = AuditSearch.of(new AuditFilter(null, null, null, null, null, "role-3*", null, "User_9"), true)
                .where();
        assertThat(where.text()).isEqualTo(" WHERE (object_name >= ? AND object_name < ?)"
                + " AND EXISTS (SELECT 1 FROM audit_word w WHERE w.sequence = audit_event.sequence"
                + " AND (w.word >= ? AND w.word < ?))");
        assertThat(where.parameters()).containsExactly("role-3", "role-4", "user_9", "user_:");
    }

    @Test
    void rareWordSelectsTheEvents() {
        var where = new AuditSearch(new AuditFilter(null, null, null, null, null, null, null, "dave llm"), true,
                List.of("dave", "llm"), 1).where();
        assertThat(where.text()).isEqualTo(" WHERE EXISTS (SELECT 1 FROM audit_word w"
                + " WHERE w.sequence = audit_event.sequence AND (w.word >= ? AND w.word < ?))"
                + " AND sequence IN (SELECT w.sequence FROM audit_word w WHERE (w.word >= ? AND w.word < ?))");
        assertThat(where.parameters()).containsExactly("dave", "davf", "llm", "lln");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a|b", "role-3|role-4", "x\uffff|", "|"})
    void successorIsTheFirstStringAfterThePrefix(String prefix, String expected) {
        assertThat(AuditSearch.successor(prefix == null ? "" : prefix)).isEqualTo(expected);
    }

    @Test
    void objectNameWithoutStarIsExact() {
        var where = AuditSearch.of(AuditFilter.object("WORKLOAD", "llm_service"), true).where();
        assertThat(where.text()).isEqualTo(" WHERE object_type = ? AND object_name = ?");
        assertThat(where.parameters()).containsExactly("WORKLOAD", "llm_service");
    }
}
