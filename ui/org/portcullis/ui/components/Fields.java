package org.portcullis.ui.components;

import com.vaadin.flow.component.textfield.TextField;
import org.portcullis.core.validation.FieldError;
import org.portcullis.requests.InvalidChangeException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parsing of the comma-separated fields forms use; a bad entry becomes a message on that field. */
public final class Fields {
    private Fields() {
    }

    public static TextField text(String id, String label) {
        var field = new TextField(label);
        field.setId(id);
        return field;
    }

    public static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static List<Integer> ports(String field, String value) {
        var ports = new ArrayList<Integer>();
        for (String token : list(value)) {
            try {
                ports.add(Integer.valueOf(token));
            } catch (NumberFormatException e) {
                throw new InvalidChangeException(List.of(new FieldError(field,
                        "\"" + token + "\" is not a port number: use numbers 1–65535, separated by commas.")));
            }
        }
        return ports;
    }

    /** {@code app=llm,tier=backend} → a map; entries without '=' are reported on the field. */
    public static Map<String, String> labels(String field, String value) {
        var labels = new LinkedHashMap<String, String>();
        for (String pair : list(value)) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new InvalidChangeException(List.of(new FieldError(field,
                        "\"" + pair + "\" is not a label: write key=value pairs separated by commas, e.g. app=llm-service.")));
            }
            labels.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return labels;
    }

    public static String join(List<?> values) {
        return values.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
