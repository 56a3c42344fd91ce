package org.portcullis.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.List;

/**
 * Stores a short list of tokens (methods, paths, verbs) as one comma-separated column. The validation rules of the
 * core forbid commas inside these tokens, so the mapping is lossless.
 */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        return values == null ? "" : String.join(",", values);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of() : List.of(column.split(","));
    }

    public static List<Integer> toPorts(List<String> values) {
        return values.stream().map(Integer::valueOf).toList();
    }

    public static List<String> fromPorts(List<Integer> ports) {
        return ports.stream().map(String::valueOf).toList();
    }

}
