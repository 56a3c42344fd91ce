package org.portcullis.push;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.Selenide;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.portcullis.browser.pages.Grids;
import org.portcullis.browser.pages.LoginPage;
import org.portcullis.browser.pages.PushPage;
import org.portcullis.browser.pages.RequestDialogPage;
import org.portcullis.core.manifests.Manifest;
import org.portcullis.integrations.testing.GitCli;
import org.portcullis.integrations.testing.MockCluster;
import org.portcullis.manifests.TestSchemas;
import org.portcullis.testing.Browser;
import org.portcullis.testing.PortalServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The direct apply to a cluster, end to end through a running portal: fabric8's mock API server (CRUD mode, HTTPS,
 * the official Istio CRDs registered) in this JVM, a kubeconfig under target/ whose configured context points at it,
 * and a portal that pushes to a bare Git repository and applies to the mock from the same outbox. The cluster must
 * hold exactly the bundle Git got, every object read back must pass the official schemas, revocations prune only
 * labelled objects, and an approval while the cluster is down is applied once it is back, without a new approval.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterApplyIT {

    private static final String LABEL = "app.kubernetes.io/managed-by";
    private static final String FOLDER = "clusters/portcullis";
    private static final String GRANT = "preprocessor-config-reader";
    /** The demo inventory's bundle, as kind/namespace/name. */
    private static final List<String> DEMO_OBJECTS = List.of(
            "AuthorizationPolicy/data/allow-nothing", "AuthorizationPolicy/data/vector-store-allow",
            "AuthorizationPolicy/edge/allow-nothing", "AuthorizationPolicy/edge/api-gateway-require-jwt",
            "AuthorizationPolicy/ml/allow-nothing", "AuthorizationPolicy/ml/llm-service-allow",
            "AuthorizationPolicy/ml/postprocessor-allow", "AuthorizationPolicy/ml/preprocessor-allow",
            "PeerAuthentication/data/default", "PeerAuthentication/edge/default", "PeerAuthentication/ml/default",
            "RequestAuthentication/edge/api-gateway-jwt",
            "Role/ml/" + GRANT, "RoleBinding/ml/" + GRANT,
            "ServiceAccount/data/vector-store", "ServiceAccount/edge/api-gateway", "ServiceAccount/ml/llm-service",
            "ServiceAccount/ml/postprocessor", "ServiceAccount/ml/preprocessor");
    private static final Map<String, String> PLURALS = Map.of(
            "ServiceAccount", "serviceaccounts", "Role", "roles", "RoleBinding", "rolebindings",
            "PeerAuthentication", "peerauthentications", "RequestAuthentication", "requestauthentications",
            "AuthorizationPolicy", "authorizationpolicies");
    private static final ObjectMapper YAML = new YAMLMapper();

    private static MockCluster cluster;
    private static PortalServer portal;
    private static GitCli git;
    private static Path remote;
    private static Path kubeconfig;

    @BeforeAll
    static void startClusterAndPortal() throws Exception {
        var dir = Files.createTempDirectory(Path.of("target"), "cluster-it-").toAbsolutePath();
        cluster = MockCluster.start();
        cluster.registerCrds(Path.of(System.getProperty("portcullis.schemas", "../shared/schemas"),
                "istio-1.30.3", "security.istio.io-crds.yaml"));
        createHandMadeObjects(cluster.client());
        kubeconfig = cluster.writeKubeconfig(dir.resolve("kubeconfig"));
        git = new GitCli(Files.createDirectories(dir.resolve("home")));
        remote = git.initBare(dir.resolve("remote.git"));
        portal = PortalServer.start(Map.of(
                "PORTCULLIS_GIT_REMOTE", remote.toString(),
                "PORTCULLIS_GIT_WORKDIR", dir.resolve("workdir").toString(),
                "PORTCULLIS_KUBECONFIG", kubeconfig.toString(),
                "PORTCULLIS_KUBE_CONTEXT", MockCluster.CONTEXT,
                "PORTCULLIS_PUSH_POLL_SECONDS", "1",
                "PORTCULLIS_PUSH_FIRST_RETRY_SECONDS", "1",
                "PORTCULLIS_PUSH_MAX_RETRY_SECONDS", "3"));
        Browser.configure(portal.url());
    }

    @AfterAll
    static void stopPortalAndCluster() {
        try {
            Selenide.closeWebDriver();
        } finally {
            try {
                if (portal != null) {
                    portal.stop();
                }
            } finally {
                if (cluster != null) {
                    cluster.close();
                }
            }
        }
    }

    @Test
    @Order(1)
    void demoSeedIsAppliedToTheClusterExactlyAsTheValidatedBundleGitGot() throws Exception {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> clusterRuns().stream().anyMatch(r -> r.status().equals("SUCCEEDED")));

        var inCluster = labelledObjects();
        assertThat(inCluster.keySet()).containsExactlyElementsOf(DEMO_OBJECTS);
        assertClusterHoldsExactlyTheBundleGitGot();
        for (var object : inCluster.values()) {
            assertThat(TestSchemas.validator().validate(manifestOf(object))).as(keyOf(object)).isEmpty();
        }

        var client = cluster.client();
        assertThat(client.serviceAccounts().inAnyNamespace().withLabel(LABEL, "portcullis").list().getItems())
                .extracting(sa -> sa.getMetadata().getNamespace() + "/" + sa.getMetadata().getName())
                .contains("edge/api-gateway", "ml/preprocessor", "ml/llm-service", "data/vector-store");
        var role = client.rbac().roles().inNamespace("ml").withName(GRANT).get();
        assertThat(role.getRules().getFirst().getVerbs()).containsExactly("get", "list", "watch");
        assertThat(role.getRules().getFirst().getResources()).containsExactly("configmaps");
        var binding = client.rbac().roleBindings().inNamespace("ml").withName(GRANT).get();
        assertThat(binding.getRoleRef().getName()).isEqualTo(GRANT);
        assertThat(binding.getSubjects()).extracting(s -> s.getKind() + ":" + s.getNamespace() + "/" + s.getName())
                .containsExactly("ServiceAccount:ml/preprocessor");
        assertThat(handMadeObjects()).containsExactly("AuthorizationPolicy/ml/hand-made", "Role/ml/hand-made",
                "ServiceAccount/ml/hand-made");

        var runs = clusterRuns();
        assertThat(runs).filteredOn(r -> r.status().equals("SUCCEEDED")).first()
                .satisfies(r -> assertThat(r.added()).isEqualTo(inCluster.size()))
                .satisfies(r -> assertThat(r.destination()).contains(kubeconfig.toString(), "context mock"));
        LoginPage.open().signInAs("carol");
        var push = PushPage.open();
        push.clusterTarget().shouldHave(Condition.text(kubeconfig.toString()), Condition.text("context mock"));
        push.runCells().findBy(Condition.exactText("cluster")).shouldBe(Condition.visible);
        push.runCells().findBy(Condition.exactText("+" + inCluster.size() + " ~0 -0")).shouldBe(Condition.visible);
        Selenide.screenshot("cluster-apply-seeded");
    }

    @Test
    @Order(2)
    void revokedClusterGrantIsPrunedWhileUnlabelledObjectsStay() throws Exception {
        var before = labelledObjects().keySet();
        LoginPage.open().signInAs("dave");
        Selenide.open("/cluster-access");
        Grids.cells("cluster-access-grid").findBy(Condition.exactText(GRANT)).shouldBe(Condition.visible).click();
        long id = new RequestDialogPage().justify("The preprocessor reads its settings from a file now").submit().id();
        LoginPage.open().signInAs("alice").request(id).approve("fine").shouldBeIn("applied");

        var pruned = List.of("Role/ml/" + GRANT, "RoleBinding/ml/" + GRANT);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> clusterRuns().stream().anyMatch(r -> r.delivers(id)
                        && r.status().equals("SUCCEEDED")));
        var after = labelledObjects();
        var expected = new TreeSet<>(before);
        pruned.forEach(expected::remove);
        assertThat(after.keySet()).containsExactlyElementsOf(expected);
        assertClusterHoldsExactlyTheBundleGitGot();
        assertThat(cluster.client().rbac().roles().inNamespace("ml").withName(GRANT).get()).isNull();
        assertThat(cluster.client().rbac().roleBindings().inNamespace("ml").withName(GRANT).get()).isNull();
        assertThat(handMadeObjects()).containsExactly("AuthorizationPolicy/ml/hand-made", "Role/ml/hand-made",
                "ServiceAccount/ml/hand-made");
        assertThat(clusterRuns()).filteredOn(r -> r.delivers(id)).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo("SUCCEEDED"))
                .satisfies(r -> assertThat(r.removed()).isEqualTo(2))
                .satisfies(r -> assertThat(r.added() + r.changed()).isZero());
    }

    @Test
    @Order(3)
    void approvalWhileTheClusterIsDownFailsAndIsAppliedOnceItIsBack() throws Exception {
        cluster.down();
        var request = LoginPage.open().signInAs("dave").catalogue().permissionForm()
                .choose("permission-source", "api-gateway")
                .choose("permission-destination", "postprocessor")
                .type("permission-methods", "POST")
                .type("permission-paths", "/v1/format")
                .type("permission-ports", "8080")
                .justify("Gateway formats cached answers")
                .submit();
        long id = request.id();
        LoginPage.open().signInAs("alice").request(id).approve("fine").shouldBeIn("applied");

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> clusterRuns().stream().anyMatch(r -> r.delivers(id)
                        && r.status().equals("FAILED")));
        assertThat(clusterRuns()).filteredOn(r -> r.delivers(id)).first()
                .satisfies(r -> assertThat(r.error()).startsWith("cannot apply ServiceAccount/data/vector-store"));
        assertThat(runs("GIT")).filteredOn(r -> r.delivers(id)).first()
                .satisfies(r -> assertThat(r.status()).isEqualTo("SUCCEEDED"));
        var push = PushPage.open();
        push.queueCells().findBy(Condition.exactText("#" + id)).shouldBe(Condition.visible);
        Selenide.screenshot("cluster-apply-down");

        cluster.up();

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> clusterRuns().stream().anyMatch(r -> r.delivers(id)
                        && r.status().equals("SUCCEEDED")));
        var policy = generic(cluster.client(), "AuthorizationPolicy").inNamespace("ml").withName("postprocessor-allow")
                .get();
        assertThat(YAML.writeValueAsString(policy.getAdditionalProperties().get("spec")))
                .contains("cluster.local/ns/edge/sa/api-gateway", "cluster.local/ns/ml/sa/llm-service");
        assertClusterHoldsExactlyTheBundleGitGot();
        assertThat(clusterRuns()).filteredOn(r -> r.delivers(id) && r.status().equals("SUCCEEDED"))
                .singleElement().satisfies(r -> assertThat(r.changed()).isEqualTo(1));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> openPushWork() == 0);
        push.runCells().findBy(Condition.exactText("succeeded")).shouldBe(Condition.visible);
        push.queueCells().findBy(Condition.exactText("#" + id)).shouldNot(Condition.exist);
        Selenide.screenshot("cluster-apply-retried");
    }

    // --- the cluster as the test sees it

    /** Same objects, and each with the content of its file in Git (server-set metadata aside). */
    private static void assertClusterHoldsExactlyTheBundleGitGot() throws Exception {
        var inCluster = labelledObjects();
        var inGit = gitBundle();
        assertThat(inCluster.keySet()).containsExactlyElementsOf(inGit.keySet());
        inCluster.forEach((key, object) -> assertThat(ownContent(object)).as(key).isEqualTo(inGit.get(key)));
    }

    private static void createHandMadeObjects(KubernetesClient client) {
        client.serviceAccounts().inNamespace("ml").resource(new ServiceAccountBuilder().withNewMetadata()
                .withName("hand-made").withNamespace("ml").endMetadata().build()).create();
        client.rbac().roles().inNamespace("ml").resource(new RoleBuilder().withNewMetadata().withName("hand-made")
                .withNamespace("ml").endMetadata().withRules(new PolicyRuleBuilder().withApiGroups("")
                        .withResources("pods").withVerbs("get").build()).build()).create();
        var policy = client.getKubernetesSerialization().unmarshal("""
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata: {name: hand-made, namespace: ml, labels: {app.kubernetes.io/managed-by: someone-else}}
                spec: {action: DENY, rules: [{}]}
                """, GenericKubernetesResource.class);
        generic(client, "AuthorizationPolicy").inNamespace("ml").resource(policy).create();
    }

    /** kind/namespace/name of the objects not labelled as ours, of the kinds Portcullis manages. */
    private static List<String> handMadeObjects() {
        var keys = new TreeSet<String>();
        for (String kind : PLURALS.keySet()) {
            for (var object : generic(cluster.client(), kind).inAnyNamespace().list().getItems()) {
                var labels = object.getMetadata().getLabels();
                if (labels == null || !"portcullis".equals(labels.get(LABEL))) {
                    keys.add(keyOf(object));
                }
            }
        }
        return List.copyOf(keys);
    }

    /** Every object of the managed kinds labelled as ours, read generically (exactly as stored), by key. */
    private static Map<String, GenericKubernetesResource> labelledObjects() {
        var objects = new TreeMap<String, GenericKubernetesResource>();
        for (String kind : PLURALS.keySet()) {
            generic(cluster.client(), kind).inAnyNamespace().withLabel(LABEL, "portcullis").list().getItems()
                    .forEach(o -> objects.put(keyOf(o), o));
        }
        return objects;
    }

    private static MixedOperation<GenericKubernetesResource, GenericKubernetesResourceList,
            Resource<GenericKubernetesResource>> generic(KubernetesClient client, String kind) {
        String group = switch (kind) {
            case "ServiceAccount" -> "";
            case "Role", "RoleBinding" -> "rbac.authorization.k8s.io";
            default -> "security.istio.io";
        };
        return client.genericKubernetesResources(new ResourceDefinitionContext.Builder().withGroup(group)
                .withVersion("v1").withKind(kind).withPlural(PLURALS.get(kind)).withNamespaced(true).build());
    }

    private static String keyOf(GenericKubernetesResource object) {
        return object.getKind() + "/" + object.getMetadata().getNamespace() + "/" + object.getMetadata().getName();
    }

    /** The object as read back, server-set metadata and all, as a manifest for the product's validator. */
    private static Manifest manifestOf(GenericKubernetesResource object) throws Exception {
        String yaml = YAML.writeValueAsString(cluster.client().getKubernetesSerialization()
                .convertValue(object, Map.class));
        return new Manifest(object.getApiVersion(), object.getKind(), object.getMetadata().getNamespace(),
                object.getMetadata().getName(), yaml);
    }

    /** What Portcullis wrote of an object: everything but status and the metadata the API server adds. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> ownContent(GenericKubernetesResource object) {
        Map<String, Object> all = new LinkedHashMap<>(cluster.client().getKubernetesSerialization()
                .convertValue(object, Map.class));
        all.remove("status");
        var metadata = new LinkedHashMap<>((Map<String, Object>) all.get("metadata"));
        List.of("uid", "resourceVersion", "generation", "creationTimestamp", "managedFields").forEach(metadata::remove);
        all.put("metadata", metadata);
        return YAML.convertValue(all, Map.class);
    }

    // --- what the portal recorded

    /** The bundle in the remote's main branch, by key, each file parsed. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> gitBundle() throws Exception {
        var bundle = new TreeMap<String, Map<String, Object>>();
        for (String path : git.run(remote, "ls-tree", "-r", "--name-only", "main", "--", FOLDER).lines().toList()) {
            Map<String, Object> object = YAML.readValue(git.run(remote, "show", "main:" + path), Map.class);
            var metadata = (Map<String, Object>) object.get("metadata");
            bundle.put(object.get("kind") + "/" + metadata.get("namespace") + "/" + metadata.get("name"), object);
        }
        return bundle;
    }

    record Run(String status, String destination, String requests, int added, int changed, int removed, String error) {
        /** Whether this run delivered change request {@code id} ({@code requests} reads e.g. "#3, #12"). */
        boolean delivers(long id) {
            return List.of(requests.split(", ")).contains("#" + id);
        }
    }

    private static List<Run> clusterRuns() throws SQLException {
        return runs("CLUSTER");
    }

    /** The runs to one target, oldest first, straight from the portal's database. */
    private static List<Run> runs(String target) throws SQLException {
        var runs = new ArrayList<Run>();
        try (var c = DriverManager.getConnection(portal.jdbcUrl(), "portcullis", "portcullis");
             var s = c.createStatement();
             var r = s.executeQuery("SELECT status, destination, requests, added, changed, removed, error "
                     + "FROM push_run WHERE target = '" + target + "' ORDER BY started_at")) {
            while (r.next()) {
                runs.add(new Run(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getInt(5),
                        r.getInt(6), r.getString(7)));
            }
        }
        return runs;
    }

    private static int openPushWork() throws SQLException {
        try (var c = DriverManager.getConnection(portal.jdbcUrl(), "portcullis", "portcullis");
             var s = c.createStatement();
             var r = s.executeQuery("SELECT COUNT(*) FROM push_work WHERE state <> 'DONE'")) {
            r.next();
            return r.getInt(1);
        }
    }
}
