package org.portcullis.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.portcullis.integrations.keycloak.KeycloakSettings;

/**
 * A real Keycloak ({@code keycloak-quarkus-dist}, unpacked by the build into {@code target/keycloak}) for integration
 * tests and benchmarks: one per test JVM ({@link #shared()}), on free loopback ports, stopped at JVM shutdown.
 *
 * <p>Speed: the first boot of a fresh unzip builds Quarkus and creates the schema (~40 s). After it the dev-file H2
 * database is saved as a template ({@code target/keycloak/template-data}); every later JVM copies the template into
 * the server's {@code data/} and starts in seconds. The master realm has the bootstrap admin user
 * ({@link #ADMIN_USER}) and the admin service client ({@link #ADMIN_CLIENT_ID}); tests create their own realms.
 *
 * <p>{@link #stop()} and {@link #start()} stop and restart the same server on the same ports with the same data,
 * for tests of a Keycloak that goes away in the middle of a sync. Not for two JVMs at once in one worktree.
 */
public final class KeycloakServer {

    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin-test-only";
    public static final String ADMIN_CLIENT_ID = "portcullis-admin";
    public static final String ADMIN_CLIENT_SECRET = "portcullis-admin-test-only";
    private static final String VERSION = "26.7.3";
    private static final String JAVA_HOME = "/usr/lib/jvm/temurin-25-jdk-amd64";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    private static KeycloakServer shared;

    private final Path home;
    private final Path template;
    private final Path log;
    private final Path pidFile;
    private final int httpPort;
    private final int managementPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private Duration lastStart = Duration.ZERO;
    private Duration firstBoot;

    private KeycloakServer(Path home) {
        this.home = home;
        this.template = home.resolveSibling("template-data");
        this.log = home.resolveSibling("server.log");
        this.pidFile = home.resolveSibling("server.pid");
        this.httpPort = freePort();
        this.managementPort = freePort();
    }

    /** The server of this JVM, started on first use from a copy of the template database. */
    public static synchronized KeycloakServer shared() {
        if (shared == null) {
            KeycloakServer server = new KeycloakServer(homeDirectory());
            server.stopLeftoverOfCrashedRun();
            server.prepareData();
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "keycloak-server-stop"));
            System.err.printf("Keycloak %s ready at %s: start from the template database %.1f s%s%n", VERSION,
                    server.url(), server.lastStart.toMillis() / 1000.0, server.firstBoot == null ? ""
                            : String.format(", first boot of the fresh unzip %.1f s", server.firstBoot.toMillis()
                            / 1000.0));
            shared = server;
        }
        return shared;
    }

    /** Base URL, e.g. {@code http://127.0.0.1:41234}. */
    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    public int port() {
        return httpPort;
    }

    /** Admin settings for {@code realm}, authenticated with the master realm's admin service client. */
    public KeycloakSettings clientCredentials(String realm) {
        return KeycloakSettings.clientCredentials(url(), realm, ADMIN_CLIENT_ID, ADMIN_CLIENT_SECRET);
    }

    /** Admin settings for {@code realm}, authenticated as the master realm's bootstrap admin user. */
    public KeycloakSettings adminUser(String realm) {
        return KeycloakSettings.adminUser(url(), realm, ADMIN_USER, ADMIN_PASSWORD);
    }

    /** How long the last start took until {@code /health/ready} answered. */
    public Duration lastStartTime() {
        return lastStart;
    }

    /** The first boot of a fresh unzip, when this JVM did it (null when the template already existed). */
    public Duration firstBootTime() {
        return firstBoot;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts the server (again) on the same ports with the data it has, and waits until it is ready. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        long started = System.nanoTime();
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + httpPort,
                    "--http-management-port=" + managementPort)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("JAVA_HOME", JAVA_HOME);
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
            builder.environment().put("KC_HEALTH_ENABLED", "true");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_CLIENT_ID", ADMIN_CLIENT_ID);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_CLIENT_SECRET", ADMIN_CLIENT_SECRET);
            process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Keycloak from " + home, e);
        }
        awaitReady();
        lastStart = Duration.ofNanos(System.nanoTime() - started);
    }

    /** Stops the server and its process tree (graceful first, forced after 30 s). Idempotent. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        destroyTree(process.toHandle());
        process = null;
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // only a hint for the next run
        }
    }

    private void awaitReady() {
        URI ready = URI.create("http://127.0.0.1:" + managementPort + "/health/ready");
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Keycloak", e);
            }
            sleep(Duration.ofMillis(250));
        }
        stop();
        throw new IllegalStateException("Keycloak not ready after " + READY_TIMEOUT + "; see " + log);
    }

    /** A fresh database for this JVM: from the template, or by a first boot that then becomes the template. */
    private void prepareData() {
        Path data = home.resolve("data");
        if (Files.isDirectory(template)) {
            deleteTree(data);
            copyTree(template, data);
            return;
        }
        deleteTree(data);
        start();
        firstBoot = lastStart;
        stop();
        Path partial = template.resolveSibling("template-data.partial");
        deleteTree(partial);
        copyTree(data.resolve("h2"), partial.resolve("h2"));
        try {
            Files.move(partial, template, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server of an earlier JVM of this worktree that was killed before its shutdown hook ran. */
    private void stopLeftoverOfCrashedRun() {
        try {
            if (Files.exists(pidFile)) {
                long pid = Long.parseLong(Files.readString(pidFile).trim());
                ProcessHandle.of(pid)
                        .filter(handle -> handle.info().commandLine().orElse("").contains(home.toString()))
                        .ifPresent(KeycloakServer::destroyTree);
                Files.deleteIfExists(pidFile);
            }
        } catch (IOException | NumberFormatException e) {
            // nothing to stop
        }
    }

    private static void destroyTree(ProcessHandle root) {
        List<ProcessHandle> children = root.descendants().toList();
        root.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            root.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception notGraceful) {
            root.destroyForcibly();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static Path homeDirectory() {
        String configured = System.getProperty("keycloak.home");
        Path home = configured != null ? Path.of(configured)
                : Path.of("target", "keycloak", "keycloak-" + VERSION).toAbsolutePath();
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("no Keycloak at " + home + ": run `mvn verify` (or `mvn "
                    + "dependency:unpack@keycloak-server`) so the build unpacks keycloak-quarkus-dist");
        }
        return home;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
