package org.portcullis.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real portal for browser and integration tests: the built WAR on Payara Micro, in its own process, on a free
 * loopback port, with a fresh embedded H2 database in demo mode. Started once per test JVM; stopped at JVM exit.
 * Payara prints "ready" even when the deployment failed, so readiness is an HTTP 200 of the login page.
 */
public final class PortalServer {

    private static PortalServer shared;

    private final Process process;
    private final int port;
    private final Path dataDir;
    private final Path log;

    private PortalServer(Process process, int port, Path dataDir, Path log) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
        this.log = log;
    }

    /** The portal shared by all tests of this JVM, started on first use. */
    public static synchronized PortalServer shared() {
        if (shared == null) {
            shared = start(Map.of());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    public static PortalServer start(Map<String, String> extraEnvironment) {
        return start(extraEnvironment, null);
    }

    /** A portal on {@code reuseDataDir} (e.g. the {@link #dataDir()} of a stopped one, to restart it); null: a fresh one. */
    public static PortalServer start(Map<String, String> extraEnvironment, Path reuseDataDir) {
        try {
            var target = Path.of(System.getProperty("portal.war")).toAbsolutePath().getParent();
            int port = freePort();
            var dataDir = reuseDataDir != null ? reuseDataDir : Files.createTempDirectory(target, "portal-data-");
            var log = target.resolve("portal-" + port + ".log");
            var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-Dh2.bindAddress=127.0.0.1", "-jar", System.getProperty("payara.jar"),
                    "--deploy", target.resolve(Path.of(System.getProperty("portal.war")).getFileName()).toString(), "--contextroot", "/",
                    // no data grid (it listens on 0.0.0.0:6900 even with --nocluster), HTTP on the loopback
                    // interface only (Payara Micro listens on all interfaces by default)
                    "--port", String.valueOf(port), "--nocluster", "--nohazelcast",
                    "--prebootcommandfile", loopbackPreboot(),
                    // a new Payara runtime directory per start: on a reused one Payara Micro first starts the old
                    // deployment and then redeploys, and the old one's workers run against a closing class loader
                    "--rootdir", dataDir.resolve("payara-" + port).toString()));
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            var env = builder.environment();
            env.put("PORTCULLIS_DB_URL", "jdbc:h2:file:" + dataDir.resolve("portcullis") + ";AUTO_SERVER=TRUE");
            env.put("PORTCULLIS_DEMO", "true");
            env.put("PORTCULLIS_EXPIRY_INTERVAL_SECONDS", "2");
            env.put("PORTCULLIS_SCHEMAS", System.getProperty("portcullis.schemas", "../shared/schemas"));
            env.putAll(extraEnvironment);
            var server = new PortalServer(builder.start(), port, dataDir, log);
            server.awaitReady(Duration.ofMinutes(3));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the portal", e);
        }
    }

    private static String loopbackPreboot() {
        try {
            return Path.of(PortalServer.class.getResource("/payara/loopback.asadmin").toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** JDBC URL of the portal's own database (H2 auto-server mode lets a test open it beside the portal). */
    public String jdbcUrl() {
        return "jdbc:h2:file:" + dataDir.resolve("portcullis") + ";AUTO_SERVER=TRUE";
    }

    /** Resident memory of the portal's JVM (VmRSS), in KiB. */
    public long residentMemoryKib() {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            // not on Linux
        }
        return -1;
    }

    public void stop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void awaitReady(Duration timeout) {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal exited during start; see " + log);
            }
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create(url() + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        stop();
        throw new IllegalStateException("The portal did not serve /login within " + timeout + "; see " + log);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
