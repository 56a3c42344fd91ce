package org.portcullis.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.portcullis.core.manifests.Manifest;

class ManifestValidatorTest {

    private static final String ALLOW = """
            apiVersion: security.istio.io/v1
            kind: AuthorizationPolicy
            metadata:
              name: llm-service-allow
              namespace: ml
              labels:
                app.kubernetes.io/managed-by: portcullis
            spec:
              selector:
                matchLabels:
                  app: llm-service
              action: ALLOW
              rules:
                - from:
                    - source:
                        principals:
                          - cluster.local/ns/ml/sa/preprocessor
                  to:
                    - operation:
                        methods: [POST]
                        ports: ["8000"]
                  when:
                    - key: request.auth.claims[realm_access][roles]
                      values: [ml-user]
            """;
    private static final String PEER = """
            apiVersion: security.istio.io/v1
            kind: PeerAuthentication
            metadata:
              name: default
              namespace: ml
            spec:
              mtls:
                mode: STRICT
            """;
    private static final String JWT = """
            apiVersion: security.istio.io/v1
            kind: RequestAuthentication
            metadata:
              name: preprocessor-jwt
              namespace: ml
            spec:
              selector:
                matchLabels:
                  app: preprocessor
              jwtRules:
                - issuer: https://idp.example.org/realms/p
                  jwksUri: https://idp.example.org/realms/p/certs
            """;
    private static final String ACCOUNT = """
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: preprocessor
              namespace: ml
            """;
    private static final String ROLE = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata:
              name: read-config
              namespace: ml
            rules:
              - apiGroups: [""]
                resources: [configmaps]
                resourceNames: [settings]
                verbs: [get, list]
            """;
    private static final String BINDING = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata:
              name: read-config
              namespace: ml
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: Role
              name: read-config
            subjects:
              - kind: ServiceAccount
                name: preprocessor
                namespace: ml
            """;

    static Stream<Arguments> shouldPass() {
        return Stream.of(
                Arguments.of("allow policy", ALLOW),
                Arguments.of("allow-nothing policy", ALLOW.substring(0, ALLOW.indexOf("spec:")) + "spec: {}\n"),
                Arguments.of("service accounts alone in a source", ALLOW.replace(
                        "principals:\n              - cluster.local/ns/ml/sa/preprocessor",
                        "serviceAccounts: [ml/preprocessor]")),
                Arguments.of("peer authentication", PEER),
                Arguments.of("request authentication with jwksUri", JWT),
                Arguments.of("request authentication with inline jwks", JWT.replace(
                        "jwksUri: https://idp.example.org/realms/p/certs", "jwks: '{\"keys\": []}'")),
                Arguments.of("service account", ACCOUNT),
                Arguments.of("role", ROLE),
                Arguments.of("role binding", BINDING),
                Arguments.of("role binding to a user", BINDING.replace("""
                          - kind: ServiceAccount
                            name: preprocessor
                            namespace: ml
                        """, """
                          - kind: User
                            name: alice
                            apiGroup: rbac.authorization.k8s.io
                        """)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void shouldPass(String description, String yaml) {
        assertThat(TestSchemas.validator().validate(manifest(yaml))).isEmpty();
    }

    static Stream<Arguments> shouldFail() {
        return Stream.of(
                // AuthorizationPolicy
                row("unknown field in spec", ALLOW.replace("action: ALLOW", "action: ALLOW\n  rulez: []"),
                        "$.spec", "additionalProperties"),
                row("unknown field in a source", ALLOW.replace("principals:", "principal:"),
                        "$.spec.rules[0].from[0].source", "additionalProperties"),
                row("unknown field in metadata", ALLOW.replace("  namespace: ml", "  namespace: ml\n  owner: alice"),
                        "$.metadata", "additionalProperties"),
                row("unknown top-level field", ALLOW + "status2: {}\n", "$", "additionalProperties"),
                row("wrong type: rules as an object", ALLOW.substring(0, ALLOW.indexOf("  rules:")) + "  rules: {}\n",
                        "$.spec.rules", "type"),
                row("action not in the enum", ALLOW.replace("action: ALLOW", "action: PERMIT"),
                        "$.spec.action", "enum"),
                row("port as a number", ALLOW.replace("ports: [\"8000\"]", "ports: [8000]"),
                        "$.spec.rules[0].to[0].operation.ports[0]", "type"),
                row("name with upper case", ALLOW.replace("name: llm-service-allow", "name: LLM_allow"),
                        "$.metadata.name", "DNS-1123"),
                row("namespace longer than 63", ALLOW.replace("namespace: ml", "namespace: " + "n".repeat(64)),
                        "$.metadata.namespace", "DNS-1123"),
                row("principals and serviceAccounts together", ALLOW.replace(
                        "principals:", "serviceAccounts: [ml/preprocessor]\n            principals:"),
                        "$.spec.rules[0].from[0].source", "serviceAccounts"),
                row("selector and targetRefs together", ALLOW.replace("  action: ALLOW",
                        "  targetRefs: [{kind: Service, name: llm}]\n  action: ALLOW"), "$.spec", "only one of"),
                row("label value too long in matchLabels", ALLOW.replace("app: llm-service", "app: " + "l".repeat(64)),
                        "$.spec.selector.matchLabels.app", "maxLength"),
                row("when without key", ALLOW.replace("- key: request.auth.claims[realm_access][roles]\n",
                        "- notKey: x\n"), "$.spec.rules[0].when[0]", "required"),
                row("apiVersion Istio does not serve", ALLOW.replace("security.istio.io/v1", "security.istio.io/v2"),
                        "$", "no schema"),
                // PeerAuthentication
                row("mTLS mode not in the enum", PEER.replace("STRICT", "STRICTEST"), "$.spec.mtls.mode", "enum"),
                row("unknown field in mtls", PEER.replace("mode: STRICT", "mode: STRICT\n    strict: true"),
                        "$.spec.mtls", "additionalProperties"),
                // RequestAuthentication
                row("jwks and jwksUri together", JWT.replace("jwksUri:", "jwks: '{}'\n      jwksUri:"),
                        "$.spec.jwtRules[0]", "exactly one"),
                row("neither jwks nor jwksUri", JWT.replace("      jwksUri: https://idp.example.org/realms/p/certs\n", ""),
                        "$.spec.jwtRules[0]", "exactly one"),
                row("jwksUri not http(s)", JWT.replace("jwksUri: https:", "jwksUri: ftp:"),
                        "$.spec.jwtRules[0].jwksUri", "scheme"),
                row("issuer as a number", JWT.replace("issuer: https://idp.example.org/realms/p", "issuer: 42"),
                        "$.spec.jwtRules[0].issuer", "type"),
                row("misspelt jwks_uri field", JWT.replace("jwksUri:", "jwksURI:"),
                        "$.spec.jwtRules[0]", "additionalProperties"),
                // ServiceAccount
                row("service account with a spec", ACCOUNT + "spec: {}\n", "$", "additionalProperties"),
                row("automount as a string", ACCOUNT + "automountServiceAccountToken: \"yes\"\n",
                        "$.automountServiceAccountToken", "type"),
                row("service account name of 254 characters", ACCOUNT.replace("name: preprocessor",
                        "name: " + "a".repeat(254)), "$.metadata.name", "DNS-1123"),
                row("labels as a list", ACCOUNT.replace("namespace: ml", "namespace: ml\n  labels: [a]"),
                        "$.metadata.labels", "type"),
                // Role
                row("verbs as a string", ROLE.replace("verbs: [get, list]", "verbs: get"),
                        "$.rules[0].verbs", "type"),
                row("unknown field in a rule", ROLE.replace("verbs:", "verb: [get]\n    verbs:"),
                        "$.rules[0]", "additionalProperties"),
                // RoleBinding
                row("service account subject without namespace", BINDING.replace("    namespace: ml\n", ""),
                        "$.subjects[0].namespace", "needs a namespace"),
                row("missing roleRef", BINDING.substring(0, BINDING.indexOf("roleRef:"))
                        + BINDING.substring(BINDING.indexOf("subjects:")), "$", "required"),
                row("roleRef to another kind", BINDING.replace("kind: Role\n", "kind: RoleBinding\n"),
                        "$.roleRef.kind", "must be Role or ClusterRole"),
                row("unknown field in a subject", BINDING.replace("name: preprocessor", "name: preprocessor\n    uid: x"),
                        "$.subjects[0]", "additionalProperties"),
                // the record and its YAML disagree
                row("YAML of another object", ACCOUNT, "$.metadata.name", "labelled"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void shouldFail(String description, String yaml, String path, String message) {
        Manifest manifest = description.equals("YAML of another object")
                ? new Manifest("v1", "ServiceAccount", "ml", "someone-else", yaml)
                : manifest(yaml);
        List<ManifestProblem> problems = TestSchemas.validator().validate(manifest);
        assertThat(problems)
                .as("problems of %s", description)
                .anySatisfy(problem -> {
                    assertThat(problem.objectKey()).isEqualTo(manifest.key());
                    assertThat(problem.path()).isEqualTo(path);
                    assertThat(problem.message()).contains(message);
                });
    }

    @Test
    void notYamlIsAProblemNotACrash() {
        Manifest manifest = new Manifest("v1", "ServiceAccount", "ml", "x", "a: [unclosed");
        assertThat(TestSchemas.validator().validate(manifest)).singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("not YAML"));
    }

    @Test
    void knowsTheKindsPortcullisWrites() {
        assertThat(TestSchemas.validator().kinds()).contains(
                "security.istio.io/v1/AuthorizationPolicy", "security.istio.io/v1/PeerAuthentication",
                "security.istio.io/v1/RequestAuthentication", "security.istio.io/v1beta1/AuthorizationPolicy",
                "v1/ServiceAccount", "rbac.authorization.k8s.io/v1/Role", "rbac.authorization.k8s.io/v1/RoleBinding");
    }

    private static Arguments row(String description, String yaml, String path, String message) {
        return Arguments.of(description, yaml, path, message);
    }

    /** Every variant must differ from its base, or a mistyped replace would test the valid object. */
    @Test
    void everyBrokenVariantDiffersFromTheValidObjects() {
        List<String> valid = List.of(ALLOW, PEER, JWT, ACCOUNT, ROLE, BINDING);
        shouldFail().filter(row -> !row.get()[0].equals("YAML of another object"))
                .forEach(row -> assertThat(valid).as((String) row.get()[0]).doesNotContain((String) row.get()[1]));
        shouldPass().filter(row -> List.of("service accounts alone in a source", "request authentication with inline jwks",
                        "role binding to a user").contains((String) row.get()[0]))
                .forEach(row -> assertThat(valid).as((String) row.get()[0]).doesNotContain((String) row.get()[1]));
    }

    /** A manifest whose identity is read from its own YAML, so only the case under test can fail. */
    static Manifest manifest(String yaml) {
        try {
            JsonNode node = new YAMLMapper().readTree(yaml);
            return new Manifest(node.path("apiVersion").asText(), node.path("kind").asText(),
                    node.path("metadata").path("namespace").asText(), node.path("metadata").path("name").asText(),
                    yaml);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
