package org.portcullis.integrations.git;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Decides whether a file in the bundle folder is ours to delete: a YAML file all of whose documents carry the label
 * {@code app.kubernetes.io/managed-by: portcullis}. Anything else — hand-written, unlabelled, not YAML, unreadable —
 * is somebody else's and stays.
 */
final class ManagedFiles {

    static final String LABEL = "app.kubernetes.io/managed-by";
    static final String VALUE = "portcullis";

    /** Our own files are a few kilobytes; anything far bigger is not ours and is not worth parsing. */
    static final int MAX_MANAGED_SIZE = 1 << 20;

    private static final ObjectReader YAML = new YAMLMapper().readerFor(JsonNode.class);

    private ManagedFiles() {
    }

    static boolean isCandidate(String path) {
        return path.endsWith(".yaml") || path.endsWith(".yml");
    }

    static boolean isManaged(byte[] content) {
        int documents = 0;
        try (MappingIterator<JsonNode> docs = YAML.readValues(content)) {
            while (docs.hasNextValue()) {
                JsonNode doc = docs.nextValue();
                if (doc == null || doc.isNull() || doc.isMissingNode()) {
                    continue;
                }
                if (!carriesLabel(doc)) {
                    return false;
                }
                documents++;
            }
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
        return documents > 0;
    }

    private static boolean carriesLabel(JsonNode doc) {
        JsonNode value = doc.path("metadata").path("labels").path(LABEL);
        return value.isTextual() && VALUE.equals(value.asText());
    }
}
