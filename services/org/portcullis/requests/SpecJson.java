package org.portcullis.requests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.portcullis.core.requests.ObjectKind;

/**
 * Before/after of a change item as JSON: sorted keys and ISO-8601 instants, so the same object always gives the same
 * text (diffs and the audit chain rely on it).
 */
public final class SpecJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private SpecJson() {
    }

    public static String write(Object spec) {
        if (spec == null) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + spec.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static Object read(ObjectKind kind, String json) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readValue(json, ItemDraft.specClass(kind));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored " + kind + " is not readable", e);
        }
    }

    /** Pretty, sorted JSON for people to read in a diff. */
    public static String pretty(String json) {
        if (json == null) {
            return "";
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            return json;
        }
    }
}
