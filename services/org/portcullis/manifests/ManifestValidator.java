package org.portcullis.manifests;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.PathType;

import org.portcullis.core.manifests.Manifest;

/**
 * Checks manifests before anything leaves the portal: against the official Istio CRD and Kubernetes OpenAPI
 * schemas, made strict (unknown fields are errors, see {@link StrictSchemas}), and against the rules the schemas cannot
 * express ({@link SemanticChecks}). The schemas are read and compiled once, in the constructor (they are big); an
 * instance is immutable and can be shared between threads.
 */
public final class ManifestValidator {

    /** The system property tests and the portal use for the schema folder. */
    public static final String SCHEMAS_PROPERTY = "portcullis.schemas";

    private final ObjectMapper yaml = new YAMLMapper();
    private final Map<String, Schema> schemas;
    private final Duration loadTime;

    /** @param schemasRoot the folder with {@code istio-1.30.3/} and {@code k8s-1.35/} (see SOURCES.txt there) */
    public ManifestValidator(Path schemasRoot) {
        long start = System.nanoTime();
        SchemaRegistry registry = registry();
        Map<String, Schema> compiled = new TreeMap<>();
        SchemaCatalog.load(schemasRoot).forEach((kind, node) -> {
            Schema schema = registry.getSchema(SchemaLocation.of("urn:portcullis:schema:" + kind.replace('/', ':')), node);
            schema.initializeValidators();
            compiled.put(kind, schema);
        });
        this.schemas = Collections.unmodifiableMap(compiled);
        this.loadTime = Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * The OpenAPI 3.0 dialect (both sources are OpenAPI 3.0 schemas: {@code nullable}, no {@code const}), with the
     * Kubernetes extensions ({@code x-kubernetes-*}) and our {@code components} holder known as non-validating
     * keywords, and errors located by JSON path.
     */
    private static SchemaRegistry registry() {
        Dialect dialect = Dialect.builder(Dialects.getOpenApi30())
                .unknownKeywordFactory((keyword, context) -> new NonValidationKeyword(keyword))
                .build();
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH).build();
        return SchemaRegistry.withDefaultDialect(dialect, builder -> builder.schemaRegistryConfig(config));
    }

    /** The validator for the folder named by the system property {@value #SCHEMAS_PROPERTY}. */
    public static ManifestValidator fromSystemProperty() {
        String folder = System.getProperty(SCHEMAS_PROPERTY);
        if (folder == null) {
            throw new IllegalStateException("system property " + SCHEMAS_PROPERTY + " is not set");
        }
        return new ManifestValidator(Path.of(folder));
    }

    /** How long reading and compiling the schemas took. */
    public Duration loadTime() {
        return loadTime;
    }

    /** The {@code apiVersion/kind}s this validator knows. */
    public Set<String> kinds() {
        return schemas.keySet();
    }

    public List<ManifestProblem> validateAll(List<Manifest> manifests) {
        List<ManifestProblem> problems = new ArrayList<>();
        manifests.forEach(manifest -> problems.addAll(validate(manifest)));
        return problems;
    }

    /** The problems of one manifest; empty when it may leave. */
    public List<ManifestProblem> validate(Manifest manifest) {
        String key = manifest.key();
        JsonNode object;
        try {
            object = yaml.readTree(manifest.yaml());
        } catch (IOException e) {
            return List.of(new ManifestProblem(key, "$", "not YAML: " + e.getMessage()));
        }
        if (object == null || !object.isObject()) {
            return List.of(new ManifestProblem(key, "$", "not a YAML mapping"));
        }
        List<ManifestProblem> problems = new ArrayList<>(identity(manifest, object));
        String kind = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        Schema schema = schemas.get(kind);
        if (schema == null) {
            problems.add(new ManifestProblem(key, "$", "no schema for " + kind));
        } else {
            for (Error error : schema.validate(object)) {
                problems.add(new ManifestProblem(key, error.getInstanceLocation().toString(), describe(error)));
            }
        }
        SemanticChecks.check(object).forEach(finding ->
                problems.add(new ManifestProblem(key, finding.path(), finding.message())));
        return problems;
    }

    /** The YAML must be the object the record says it is, or the bundle's paths and diffs would lie. */
    private static List<ManifestProblem> identity(Manifest manifest, JsonNode object) {
        List<ManifestProblem> problems = new ArrayList<>();
        Map<String, String> expected = new TreeMap<>(Map.of(
                "$.apiVersion", manifest.apiVersion(), "$.kind", manifest.kind(),
                "$.metadata.name", manifest.name(), "$.metadata.namespace", manifest.namespace()));
        Map<String, String> actual = Map.of(
                "$.apiVersion", object.path("apiVersion").asText(), "$.kind", object.path("kind").asText(),
                "$.metadata.name", object.path("metadata").path("name").asText(),
                "$.metadata.namespace", object.path("metadata").path("namespace").asText());
        expected.forEach((path, value) -> {
            if (!value.equals(actual.get(path))) {
                problems.add(new ManifestProblem(manifest.key(), path,
                        "is '" + actual.get(path) + "' but the manifest is labelled '" + value + "'"));
            }
        });
        return problems;
    }

    private static String describe(Error error) {
        return error.getKeyword() + ": " + error.getMessage();
    }
}
