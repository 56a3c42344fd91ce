package org.portcullis.integrations.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.portcullis.integrations.testing.ManifestFixtures.allowPolicy;
import static org.portcullis.integrations.testing.ManifestFixtures.jwtAuthentication;
import static org.portcullis.integrations.testing.ManifestFixtures.role;
import static org.portcullis.integrations.testing.ManifestFixtures.roleBinding;
import static org.portcullis.integrations.testing.ManifestFixtures.serviceAccount;
import static org.portcullis.integrations.testing.ManifestFixtures.strictMtls;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.core.manifests.Manifest;

/**
 * The applier against fabric8's mock API server in CRUD mode on 127.0.0.1, with the official Istio CRDs registered
 * (read from {@code portcullis.schemas}). The mock stores what it is sent and validates nothing.
 */
class ClusterApplierIT {

    private static final Manifest SA = serviceAccount("ai", "llm");
    private static final Manifest ROLE = role("ai", "llm-reader", "get", "list");
    private static final Manifest BINDING = roleBinding("ai", "llm-reader", "llm-reader", "llm");
    private static final Manifest MTLS = strictMtls("ai");
    private static final Manifest JWT = jwtAuthentication("ai", "keycloak", "https://sso.example.org/realms/ai");
    private static final Manifest POLICY = allowPolicy("ai", "llm", "llm", "cluster.local/ns/ai/sa/gateway");
    private static final List<Manifest> BUNDLE = List.of(POLICY, BINDING, JWT, MTLS, ROLE, SA);

    private KubernetesMockServer server;
    private KubernetesClient client;
    private ClusterApplier applier;

    @BeforeEach
    void startMockCluster() throws IOException {
        Map<io.fabric8.mockwebserver.ServerRequest, java.util.Queue<io.fabric8.mockwebserver.ServerResponse>> responses = new HashMap<>();
        server = new KubernetesMockServer(new Context(Serialization.jsonMapper()), new MockWebServer(), responses,
                new KubernetesMixedDispatcher(responses), false);
        server.init(InetAddress.getByName("127.0.0.1"), 0);
        client = server.createClient();
        registerIstioCrds();
        applier = new ClusterApplier(client);
    }

    @AfterEach
    void stopMockCluster() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.destroy();
        }
    }

    @Test
    void applyCreatesEveryObject() {
        ApplyResult result = applier.apply(BUNDLE);

        assertThat(result.created()).containsExactly("AuthorizationPolicy/ai/llm", "PeerAuthentication/ai/default",
                "RequestAuthentication/ai/keycloak", "Role/ai/llm-reader", "RoleBinding/ai/llm-reader",
                "ServiceAccount/ai/llm");
        assertThat(result.replaced()).isEmpty();
        assertThat(result.deleted()).isEmpty();
        assertThat(client.serviceAccounts().inNamespace("ai").withName("llm").get().getMetadata().getLabels())
                .containsEntry("app.kubernetes.io/managed-by", "portcullis");
        assertThat(client.rbac().roles().inNamespace("ai").withName("llm-reader").get().getRules().getFirst().getVerbs())
                .containsExactly("get", "list");
        assertThat(client.rbac().roleBindings().inNamespace("ai").withName("llm-reader").get().getRoleRef().getName())
                .isEqualTo("llm-reader");
        GenericKubernetesResource policy = istio("authorizationpolicies").inNamespace("ai").withName("llm").get();
        assertThat(policy.<List<String>>get("spec", "rules", 0, "from", 0, "source", "principals"))
                .containsExactly("cluster.local/ns/ai/sa/gateway");
        assertThat(istio("peerauthentications").inNamespace("ai").withName("default").get()
                .<String>get("spec", "mtls", "mode")).isEqualTo("STRICT");
        assertThat(istio("requestauthentications").inNamespace("ai").withName("keycloak").get()
                .<String>get("spec", "jwtRules", 0, "issuer")).isEqualTo("https://sso.example.org/realms/ai");
    }

    @Test
    void reapplyingTheSameBundleWritesNothing() {
        applier.apply(BUNDLE);
        String versionBefore = client.rbac().roles().inNamespace("ai").withName("llm-reader").get()
                .getMetadata().getResourceVersion();

        ApplyResult again = applier.apply(BUNDLE);

        assertThat(again.isNoOp()).isTrue();
        assertThat(again.unchanged()).hasSize(6);
        assertThat(client.rbac().roles().inNamespace("ai").withName("llm-reader").get()
                .getMetadata().getResourceVersion()).isEqualTo(versionBefore);
    }

    @Test
    void changedObjectIsReplacedAndTheRestLeftAlone() {
        applier.apply(BUNDLE);
        Manifest widerRole = role("ai", "llm-reader", "get", "list", "watch");

        ApplyResult result = applier.apply(List.of(POLICY, BINDING, JWT, MTLS, widerRole, SA));

        assertThat(result.replaced()).containsExactly("Role/ai/llm-reader");
        assertThat(result.created()).isEmpty();
        assertThat(result.deleted()).isEmpty();
        assertThat(result.unchanged()).hasSize(5);
        assertThat(client.rbac().roles().inNamespace("ai").withName("llm-reader").get().getRules().getFirst().getVerbs())
                .containsExactly("get", "list", "watch");
    }

    @Test
    void pruneDeletesOnlyLabelledObjectsThatAreNoLongerDesired() {
        client.serviceAccounts().inNamespace("ai").resource(new ServiceAccountBuilder()
                .withNewMetadata().withName("hand-made").withNamespace("ai").endMetadata().build()).create();
        GenericKubernetesResource handPolicy = client.getKubernetesSerialization().unmarshal("""
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata: {name: hand-made, namespace: ai}
                spec: {action: DENY, rules: [{}]}
                """, GenericKubernetesResource.class);
        istio("authorizationpolicies").inNamespace("ai").resource(handPolicy).create();
        client.configMaps().inNamespace("ai").resource(new ConfigMapBuilder().withNewMetadata().withName("labelled")
                .withNamespace("ai").addToLabels("app.kubernetes.io/managed-by", "portcullis").endMetadata()
                .build()).create();
        applier.apply(BUNDLE);

        ApplyResult result = applier.apply(List.of(JWT, MTLS, ROLE, SA));

        assertThat(result.deleted()).containsExactly("AuthorizationPolicy/ai/llm", "RoleBinding/ai/llm-reader");
        assertThat(istio("authorizationpolicies").inNamespace("ai").withName("llm").get()).isNull();
        assertThat(client.rbac().roleBindings().inNamespace("ai").withName("llm-reader").get()).isNull();
        assertThat(istio("authorizationpolicies").inNamespace("ai").withName("hand-made").get()).isNotNull();
        assertThat(client.serviceAccounts().inNamespace("ai").withName("hand-made").get()).isNotNull();
        assertThat(client.configMaps().inNamespace("ai").withName("labelled").get()).isNotNull();
        assertThat(client.serviceAccounts().inNamespace("ai").withName("llm").get()).isNotNull();
    }

    @Test
    void emptyBundlePrunesEverythingOfOursAcrossNamespaces() {
        applier.apply(List.of(SA, serviceAccount("storage", "minio")));

        ApplyResult result = applier.apply(List.of());

        assertThat(result.deleted()).containsExactly("ServiceAccount/ai/llm", "ServiceAccount/storage/minio");
        assertThat(client.serviceAccounts().inAnyNamespace().list().getItems()).isEmpty();
    }

    @Test
    void objectsPortcullisMayNotManageAreRefusedBeforeAnythingIsWritten() {
        Manifest unlabelled = new Manifest("v1", "ServiceAccount", "ai", "bare", """
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: bare, namespace: ai}
                """);
        Manifest configMap = new Manifest("v1", "ConfigMap", "ai", "cfg", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: cfg
                  namespace: ai
                  labels: {app.kubernetes.io/managed-by: portcullis}
                """);

        assertThatThrownBy(() -> applier.apply(List.of(SA, unlabelled)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lacks the label");
        assertThatThrownBy(() -> applier.apply(List.of(SA, configMap)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not manage objects of kind ConfigMap");
        assertThat(client.serviceAccounts().inNamespace("ai").withName("llm").get()).isNull();
    }

    @Test
    void unreachableClusterRaisesApplyFailed() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (KubernetesClient down = new KubernetesClientBuilder().withConfig(new ConfigBuilder()
                .withMasterUrl("http://127.0.0.1:" + closedPort).withRequestRetryBackoffLimit(0)
                .withConnectionTimeout(2_000).withOauthToken("secret-token-value").build()).build();
             ClusterApplier unreachable = new ClusterApplier(down)) {
            assertThatThrownBy(() -> unreachable.apply(List.of(SA)))
                    .isInstanceOf(ApplyFailedException.class)
                    .hasMessageStartingWith("cannot apply ServiceAccount/ai/llm")
                    .message().doesNotContain("secret-token-value");
        }
    }

    @Test
    void connectUsesTheConfiguredContextOfTheKubeconfig() throws IOException {
        Path kubeconfig = kubeconfig("elsewhere");
        try (ClusterApplier connected = ClusterApplier.connect(new ClusterTarget(kubeconfig, "mock"))) {
            assertThat(connected.apply(List.of(SA)).created()).containsExactly("ServiceAccount/ai/llm");
        }
        assertThat(client.serviceAccounts().inNamespace("ai").withName("llm").get()).isNotNull();
    }

    @Test
    void connectRefusesAContextTheKubeconfigLacksInsteadOfFallingBackToItsCurrentOne() throws IOException {
        Path kubeconfig = kubeconfig("mock");

        assertThatThrownBy(() -> ClusterApplier.connect(new ClusterTarget(kubeconfig, "production")))
                .isInstanceOf(ApplyFailedException.class).hasMessageContaining("has no context production");
    }

    @Test
    void connectWithAMissingKubeconfigRaisesApplyFailed() {
        Path missing = Path.of("target", "no-such-kubeconfig").toAbsolutePath();

        assertThatThrownBy(() -> ClusterApplier.connect(new ClusterTarget(missing, null)))
                .isInstanceOf(ApplyFailedException.class).hasMessageStartingWith("cannot read the kubeconfig " + missing);
    }

    /** A kubeconfig with a context "mock" for the mock server and one "elsewhere" for a closed port. */
    private Path kubeconfig(String currentContext) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Path file = Files.createTempFile(Files.createDirectories(Path.of("target")), "kubeconfig-", ".yaml");
        return Files.writeString(file, """
                apiVersion: v1
                kind: Config
                current-context: %s
                clusters:
                - {name: mock, cluster: {server: "http://127.0.0.1:%d"}}
                - {name: elsewhere, cluster: {server: "http://127.0.0.1:%d"}}
                contexts:
                - {name: mock, context: {cluster: mock, user: u}}
                - {name: elsewhere, context: {cluster: elsewhere, user: u}}
                users:
                - {name: u, user: {token: t}}
                """.formatted(currentContext, server.getPort(), closedPort));
    }

    private io.fabric8.kubernetes.client.dsl.MixedOperation<GenericKubernetesResource,
            io.fabric8.kubernetes.api.model.GenericKubernetesResourceList,
            io.fabric8.kubernetes.client.dsl.Resource<GenericKubernetesResource>> istio(String plural) {
        return client.genericKubernetesResources(new io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext
                .Builder().withGroup("security.istio.io").withVersion("v1").withPlural(plural).withNamespaced(true)
                .build());
    }

    /** Creating the official CRDs teaches the mock the Istio kinds (plural, scope), as on a real cluster. */
    private void registerIstioCrds() throws IOException {
        Path crds = Path.of(System.getProperty("portcullis.schemas", "../shared/schemas"),
                "istio-1.30.3", "security.istio.io-crds.yaml");
        try (InputStream in = Files.newInputStream(crds)) {
            for (HasMetadata item : client.load(in).items()) {
                client.apiextensions().v1().customResourceDefinitions()
                        .resource((CustomResourceDefinition) item).create();
            }
        }
    }
}
