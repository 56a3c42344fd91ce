package org.portcullis.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the official schema files and builds one self-contained, strict JSON Schema per {@code apiVersion/kind}:
 * <ul>
 * <li>Kubernetes built-ins: {@code {"$ref": "#/components/schemas/<id>", "components": {"schemas": ...}}} where the
 *     components are the closure of the kind's references, so the OpenAPI {@code $ref}s resolve inside the wrapper;</li>
 * <li>Istio CRDs: the {@code openAPIV3Schema} of each served version, plus what the API server adds to every custom
 *     resource (apiVersion and kind as one-value enums, metadata as Kubernetes' ObjectMeta).</li>
 * </ul>
 * All of them are made strict by {@link StrictSchemas}. CEL rules ({@code x-kubernetes-validations}) cannot be
 * evaluated here; the ones that matter to us are re-stated in {@link SemanticChecks}.
 */
final class SchemaCatalog {

    static final String ISTIO_CRDS = "istio-1.30.3/security.istio.io-crds.yaml";
    static final String K8S_CORE = "k8s-1.35/api__v1_openapi.json";
    static final String K8S_RBAC = "k8s-1.35/apis__rbac.authorization.k8s.io__v1_openapi.json";
    static final String OBJECT_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";
    private static final String REF_PREFIX = "#/components/schemas/";

    /** The built-in kinds Portcullis writes. */
    private static final List<String> BUILT_IN_KINDS = List.of("v1/ServiceAccount",
            "rbac.authorization.k8s.io/v1/Role", "rbac.authorization.k8s.io/v1/RoleBinding");

    private SchemaCatalog() {
    }

    /** {@code apiVersion/kind} to its self-contained schema. */
    static Map<String, JsonNode> load(Path root) {
        ObjectMapper json = new ObjectMapper();
        JsonNode core = components(read(json, root.resolve(K8S_CORE)));
        JsonNode rbac = components(read(json, root.resolve(K8S_RBAC)));
        Map<String, JsonNode> schemas = new TreeMap<>();
        for (JsonNode components : List.of(core, rbac)) {
            components.properties().forEach(entry -> {
                String gvk = groupVersionKind(entry.getValue());
                if (BUILT_IN_KINDS.contains(gvk)) {
                    schemas.put(gvk, builtIn(entry.getKey(), components));
                }
            });
        }
        ObjectNode objectMeta = closure(OBJECT_META, core);
        for (JsonNode crd : readCrds(root.resolve(ISTIO_CRDS))) {
            String group = crd.path("spec").path("group").asText();
            String kind = crd.path("spec").path("names").path("kind").asText();
            for (JsonNode version : crd.path("spec").path("versions")) {
                String apiVersion = group + "/" + version.path("name").asText();
                schemas.put(apiVersion + "/" + kind, customResource(apiVersion, kind,
                        version.path("schema").path("openAPIV3Schema"), objectMeta));
            }
        }
        return schemas;
    }

    private static JsonNode builtIn(String id, JsonNode components) {
        ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
        wrapper.put("$ref", REF_PREFIX + id);
        wrapper.putObject("components").set("schemas", closure(id, components));
        return wrapper;
    }

    private static JsonNode customResource(String apiVersion, String kind, JsonNode openApiSchema, ObjectNode objectMeta) {
        ObjectNode schema = (ObjectNode) StrictSchemas.strict(openApiSchema.deepCopy());
        ObjectNode properties = (ObjectNode) schema.get("properties");
        ObjectNode withEnvelope = JsonNodeFactory.instance.objectNode();
        withEnvelope.putObject("apiVersion").put("type", "string").putArray("enum").add(apiVersion);
        withEnvelope.putObject("kind").put("type", "string").putArray("enum").add(kind);
        withEnvelope.putObject("metadata").put("$ref", REF_PREFIX + OBJECT_META);
        withEnvelope.setAll(properties);
        schema.set("properties", withEnvelope);
        schema.putObject("components").set("schemas", objectMeta.deepCopy());
        return schema;
    }

    /** The schema {@code id} and every schema it refers to, directly or not, made strict. */
    static ObjectNode closure(String id, JsonNode components) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        Deque<String> pending = new ArrayDeque<>(List.of(id));
        while (!pending.isEmpty()) {
            String next = pending.pop();
            if (found.containsKey(next)) {
                continue;
            }
            JsonNode schema = components.get(next);
            if (schema == null) {
                throw new IllegalStateException("schema " + next + " is referred to but missing");
            }
            found.put(next, schema);
            schema.findValues("$ref").forEach(ref -> pending.push(ref.asText().substring(REF_PREFIX.length())));
        }
        ObjectNode closure = JsonNodeFactory.instance.objectNode();
        found.forEach((name, schema) -> closure.set(name, StrictSchemas.strict(schema.deepCopy())));
        return closure;
    }

    private static String groupVersionKind(JsonNode schema) {
        JsonNode gvk = schema.path("x-kubernetes-group-version-kind").path(0);
        if (gvk.isMissingNode()) {
            return "";
        }
        String group = gvk.path("group").asText();
        return (group.isEmpty() ? "" : group + "/") + gvk.path("version").asText() + "/" + gvk.path("kind").asText();
    }

    private static JsonNode components(JsonNode openApi) {
        return openApi.path("components").path("schemas");
    }

    private static JsonNode read(ObjectMapper json, Path file) {
        try {
            return json.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + file, e);
        }
    }

    private static List<JsonNode> readCrds(Path file) {
        try (MappingIterator<JsonNode> documents = new YAMLMapper().readerFor(JsonNode.class)
                .readValues(Files.newBufferedReader(file))) {
            return documents.readAll().stream()
                    .filter(doc -> "CustomResourceDefinition".equals(doc.path("kind").asText()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + file, e);
        }
    }
}
