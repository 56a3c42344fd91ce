package org.portcullis.integrations.testing;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * fabric8's mock API server in CRUD mode, over HTTPS on 127.0.0.1, for a portal in another process: it can be stopped
 * and started again on the same port with its objects kept (the CRUD store lives in the dispatcher, which outlives
 * the server). Its certificate is self-signed and new on every start, so {@link #writeKubeconfig} skips TLS
 * verification. It validates nothing and has no server-side apply.
 */
public final class MockCluster implements AutoCloseable {

    /** The context of the kubeconfig that points at the mock; the kubeconfig's current context points elsewhere. */
    public static final String CONTEXT = "mock";

    /** Held here: the mock logs every request at INFO, which buries the test's own output. */
    private static final Logger MOCK_LOG = Logger.getLogger(MockWebServer.class.getName());

    static {
        MOCK_LOG.setLevel(Level.WARNING);
    }

    private final Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
    private final KubernetesMixedDispatcher dispatcher = new KubernetesMixedDispatcher(responses);
    private final int port;
    private KubernetesMockServer server;
    private NamespacedKubernetesClient client;

    private MockCluster(int port) {
        this.port = port;
    }

    public static MockCluster start() {
        var cluster = new MockCluster(freePort());
        cluster.up();
        return cluster;
    }

    /** Starts the server again on its port, with the objects it held when it was stopped. */
    public synchronized void up() {
        if (server != null) {
            throw new IllegalStateException("the mock cluster is already up");
        }
        var started = new KubernetesMockServer(new Context(Serialization.jsonMapper()), new MockWebServer(), responses,
                dispatcher, true);
        started.init(InetAddress.getLoopbackAddress(), port);
        server = started;
        client = started.createClient();
    }

    /** Stops the server; the port refuses connections until {@link #up()}. */
    public synchronized void down() {
        if (client != null) {
            client.close();
            client = null;
        }
        if (server != null) {
            server.destroy();
            server = null;
        }
    }

    /** A client of the running server (a new one after each {@link #up()}). */
    public synchronized NamespacedKubernetesClient client() {
        if (client == null) {
            throw new IllegalStateException("the mock cluster is down");
        }
        return client;
    }

    public String url() {
        return "https://127.0.0.1:" + port;
    }

    /** Creating CRDs teaches the mock their kinds (plural, scope), as on a real cluster. */
    public void registerCrds(Path crdFile) {
        try (InputStream in = Files.newInputStream(crdFile)) {
            for (HasMetadata item : client().load(in).items()) {
                client().apiextensions().v1().customResourceDefinitions().resource((CustomResourceDefinition) item)
                        .create();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A kubeconfig whose context {@value #CONTEXT} points at this mock with a bearer token; its current context points
     * at a closed port, so only a client that honours the configured context reaches the mock.
     */
    public Path writeKubeconfig(Path file) {
        String kubeconfig = """
                apiVersion: v1
                kind: Config
                current-context: elsewhere
                clusters:
                - name: mock
                  cluster:
                    server: %s
                    insecure-skip-tls-verify: true
                - name: elsewhere
                  cluster:
                    server: https://127.0.0.1:%d
                    insecure-skip-tls-verify: true
                contexts:
                - name: %s
                  context: {cluster: mock, user: portcullis, namespace: default}
                - name: elsewhere
                  context: {cluster: elsewhere, user: portcullis, namespace: default}
                users:
                - name: portcullis
                  user: {token: mock-cluster-token}
                """.formatted(url(), freePort(), CONTEXT);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, kubeconfig);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        down();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
