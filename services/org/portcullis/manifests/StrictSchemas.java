package org.portcullis.manifests;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Makes the official schemas strict before they are compiled. The API server prunes or rejects fields it does not
 * know, while a JSON Schema validator accepts them; so every object schema that lists {@code properties} and says
 * nothing about {@code additionalProperties} gets {@code additionalProperties: false}, unless it carries
 * {@code x-kubernetes-preserve-unknown-fields: true} (for CRDs the API server keeps unknown fields there). Free-form
 * maps (labels, matchLabels) declare {@code additionalProperties} themselves and stay as they are. The walk follows
 * only schema positions (properties, items, additionalProperties, allOf/anyOf/oneOf, not), never defaults or examples.
 */
final class StrictSchemas {

    private StrictSchemas() {
    }

    /** Changes {@code schema} in place and returns it. */
    static JsonNode strict(JsonNode schema) {
        if (!(schema instanceof ObjectNode node)) {
            return schema;
        }
        if (node.has("properties") && !node.has("additionalProperties") && !preservesUnknownFields(node)) {
            node.put("additionalProperties", false);
        }
        JsonNode properties = node.get("properties");
        if (properties != null) {
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                strict(property.getValue());
            }
        }
        strict(node.get("items"));
        strict(node.get("additionalProperties"));
        strict(node.get("not"));
        for (String combinator : new String[]{"allOf", "anyOf", "oneOf"}) {
            JsonNode list = node.get(combinator);
            if (list != null) {
                list.forEach(StrictSchemas::strict);
            }
        }
        return node;
    }

    private static boolean preservesUnknownFields(JsonNode node) {
        return node.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
    }
}
