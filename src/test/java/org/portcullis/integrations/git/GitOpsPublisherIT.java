package org.portcullis.integrations.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.portcullis.integrations.testing.ManifestFixtures.allowPolicy;
import static org.portcullis.integrations.testing.ManifestFixtures.role;
import static org.portcullis.integrations.testing.ManifestFixtures.roleBinding;
import static org.portcullis.integrations.testing.ManifestFixtures.serviceAccount;
import static org.portcullis.integrations.testing.ManifestFixtures.strictMtls;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.core.manifests.Manifest;
import org.portcullis.integrations.testing.GitCli;

/** The publisher against real repositories on disk; every expectation is checked with the git command line. */
class GitOpsPublisherIT {

    private static final String PASSWORD = "S3cr3t-pa55w0rd";
    private static final String MESSAGE = """
            Apply CR-12, CR-13

            CR-12 llm-inference may call storage (approved by alice, bob)
            CR-13 new workload preprocessing (approved by alice)""";

    @TempDir
    Path dir;
    private GitCli git;
    private Path remote;

    @BeforeEach
    void emptyRemote() throws IOException {
        Path home = Files.createDirectories(dir.resolve("home"));
        git = new GitCli(home);
        remote = git.initBare(dir.resolve("remote.git"));
    }

    @Test
    void firstPublishToEmptyRemoteCreatesBranchWithOneFilePerObject() {
        List<Manifest> bundle = List.of(serviceAccount("ai", "llm"), role("ai", "llm-reader", "get", "list"),
                strictMtls("ai"));
        PushResult result;
        try (GitOpsPublisher publisher = publisher(target(remote.toString(), GitCredentials.none()))) {
            result = publisher.publish(bundle, MESSAGE);
        }

        assertThat(result.status()).isEqualTo(PushResult.Status.PUSHED);
        assertThat(result.added()).containsExactly("clusters/prod/ai/peerauthentication-default.yaml",
                "clusters/prod/ai/role-llm-reader.yaml", "clusters/prod/ai/serviceaccount-llm.yaml");
        assertThat(result.changed()).isEmpty();
        assertThat(result.removed()).isEmpty();
        assertThat(result.commitId()).isEqualTo(git.run(remote, "rev-parse", "main").strip());
        assertThat(lines(git.run(remote, "ls-tree", "-r", "--name-only", "main"))).containsExactly(
                "clusters/prod/ai/peerauthentication-default.yaml", "clusters/prod/ai/role-llm-reader.yaml",
                "clusters/prod/ai/serviceaccount-llm.yaml");
        for (Manifest manifest : bundle) {
            assertThat(git.run(remote, "show", "main:clusters/prod/" + manifest.path())).isEqualTo(manifest.yaml());
        }
        assertThat(git.run(remote, "log", "--format=%an <%ae>|%cn <%ce>|%aI", "main").strip())
                .isEqualTo("Portcullis <portcullis@example.org>|Portcullis <portcullis@example.org>|2026-12-04T10:15:30+00:00");
        assertThat(git.run(remote, "log", "-1", "--format=%B", "main").strip()).isEqualTo(MESSAGE);
        assertThat(git.run(remote, "rev-list", "--count", "main").strip()).isEqualTo("1");
    }

    @Test
    void republishingTheSameBundleMakesNoCommit() {
        List<Manifest> bundle = List.of(serviceAccount("ai", "llm"), strictMtls("ai"));
        try (GitOpsPublisher publisher = publisher(target(remote.toString(), GitCredentials.none()))) {
            PushResult first = publisher.publish(bundle, MESSAGE);
            PushResult second = publisher.publish(bundle, "nothing to say");

            assertThat(second.status()).isEqualTo(PushResult.Status.NO_CHANGE);
            assertThat(second.commitId()).isEqualTo(first.commitId());
            assertThat(second.changeCount()).isZero();
        }
        // a fresh publisher (new local clone) agrees
        try (GitOpsPublisher fresh = new GitOpsPublisher(target(remote.toString(), GitCredentials.none(), "clone-2"))) {
            assertThat(fresh.publish(bundle, "again").status()).isEqualTo(PushResult.Status.NO_CHANGE);
        }
        assertThat(git.run(remote, "rev-list", "--count", "main").strip()).isEqualTo("1");
    }

    @Test
    void emptyBundleOnEmptyRemoteIsNoChangeWithoutBranch() {
        try (GitOpsPublisher publisher = publisher(target(remote.toString(), GitCredentials.none()))) {
            PushResult result = publisher.publish(List.of(), MESSAGE);
            assertThat(result.status()).isEqualTo(PushResult.Status.NO_CHANGE);
            assertThat(result.commitId()).isNull();
        }
        assertThat(git.run(remote, "branch", "--list").strip()).isEmpty();
    }

    @Test
    void changedObjectIsReplacedAndOnlyOurUndesiredFilesArePruned() throws IOException {
        Path work = handClone();
        write(work, "README.md", "# cluster config\n");
        write(work, "clusters/prod/ai/notes.yaml", "# hand-written notes, no label\nowner: platform-team\n");
        write(work, "clusters/prod/ai/configmap-extra.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: extra
                  namespace: ai
                data: {x: "1"}
                """);
        write(work, "clusters/staging/ai/serviceaccount-old.yaml", serviceAccount("ai", "old").yaml());
        commitAndPush(work, "hand-written files");

        try (GitOpsPublisher publisher = publisher(target(remote.toString(), GitCredentials.none()))) {
            publisher.publish(List.of(serviceAccount("ai", "llm"), serviceAccount("ai", "retired"),
                    role("ai", "llm-reader", "get")), "first");
            PushResult result = publisher.publish(List.of(serviceAccount("ai", "llm"),
                    role("ai", "llm-reader", "get", "watch"), roleBinding("ai", "llm-reader", "llm-reader", "llm")),
                    "second");

            assertThat(result.status()).isEqualTo(PushResult.Status.PUSHED);
            assertThat(result.added()).containsExactly("clusters/prod/ai/rolebinding-llm-reader.yaml");
            assertThat(result.changed()).containsExactly("clusters/prod/ai/role-llm-reader.yaml");
            assertThat(result.removed()).containsExactly("clusters/prod/ai/serviceaccount-retired.yaml");
        }
        assertThat(lines(git.run(remote, "ls-tree", "-r", "--name-only", "main"))).containsExactly(
                "README.md",
                "clusters/prod/ai/configmap-extra.yaml",          // in the folder, no label: not ours
                "clusters/prod/ai/notes.yaml",                    // hand-written
                "clusters/prod/ai/role-llm-reader.yaml",
                "clusters/prod/ai/rolebinding-llm-reader.yaml",
                "clusters/prod/ai/serviceaccount-llm.yaml",
                "clusters/staging/ai/serviceaccount-old.yaml");   // labelled, but outside our folder
        assertThat(git.run(remote, "show", "main:clusters/prod/ai/role-llm-reader.yaml"))
                .isEqualTo(role("ai", "llm-reader", "get", "watch").yaml());
        assertThat(git.run(remote, "show", "--name-status", "--format=", "main").strip().lines().toList())
                .containsExactly("M\tclusters/prod/ai/role-llm-reader.yaml",
                        "A\tclusters/prod/ai/rolebinding-llm-reader.yaml",
                        "D\tclusters/prod/ai/serviceaccount-retired.yaml");
    }

    @Test
    void concurrentCommitIsKeptAndOurDesiredStateStillLands() throws IOException {
        Manifest policy = allowPolicy("ai", "llm", "llm", "cluster.local/ns/ai/sa/gateway");
        List<Manifest> bundle = List.of(serviceAccount("ai", "llm"), policy);
        try (GitOpsPublisher setup = publisher(target(remote.toString(), GitCredentials.none()))) {
            setup.publish(bundle, "initial");
        }
        Path other = handClone();
        List<Manifest> next = List.of(serviceAccount("ai", "llm"), policy, strictMtls("ai"));

        GitOpsPublisher.BeforePush someoneElsePushes = attempt -> {
            if (attempt == 1) {
                git.run(other, "pull", "--quiet");
                write(other, "README.md", "# pushed while Portcullis was committing\n");
                write(other, "clusters/prod/ai/authorizationpolicy-llm.yaml", policy.yaml().replace("gateway", "anyone"));
                commitAndPush(other, "hand edit in between");
            }
        };
        PushResult result;
        try (GitOpsPublisher publisher = new GitOpsPublisher(target(remote.toString(), GitCredentials.none()),
                fixedClock(), 3, someoneElsePushes)) {
            result = publisher.publish(next, MESSAGE);
        }

        assertThat(result.status()).isEqualTo(PushResult.Status.PUSHED);
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(result.added()).containsExactly("clusters/prod/ai/peerauthentication-default.yaml");
        assertThat(result.changed()).containsExactly("clusters/prod/ai/authorizationpolicy-llm.yaml");
        assertThat(lines(git.run(remote, "log", "--format=%s", "main")))
                .containsExactly("Apply CR-12, CR-13", "hand edit in between", "initial");
        assertThat(git.run(remote, "rev-parse", "main^").strip()).isEqualTo(git.run(other, "rev-parse", "HEAD").strip());
        assertThat(git.run(remote, "show", "main:README.md")).isEqualTo("# pushed while Portcullis was committing\n");
        assertThat(git.run(remote, "show", "main:clusters/prod/ai/authorizationpolicy-llm.yaml")).isEqualTo(policy.yaml());
        assertThat(git.run(remote, "show", "main:clusters/prod/ai/peerauthentication-default.yaml"))
                .isEqualTo(strictMtls("ai").yaml());
    }

    @Test
    void remoteThatKeepsMovingFailsAfterBoundedAttempts() throws IOException {
        try (GitOpsPublisher setup = publisher(target(remote.toString(), GitCredentials.none()))) {
            setup.publish(List.of(serviceAccount("ai", "llm")), "initial");
        }
        Path other = handClone();
        GitOpsPublisher.BeforePush alwaysFirst = attempt -> {
            write(other, "README.md", "edit " + attempt + "\n");
            commitAndPush(other, "edit " + attempt);
        };
        try (GitOpsPublisher publisher = new GitOpsPublisher(target(remote.toString(), GitCredentials.none()),
                fixedClock(), 3, alwaysFirst)) {
            assertThatThrownBy(() -> publisher.publish(List.of(strictMtls("ai")), MESSAGE))
                    .isInstanceOf(PushFailedException.class)
                    .hasMessageContaining("moved during each of 3 push attempts");
        }
        assertThat(git.run(remote, "log", "-1", "--format=%s", "main").strip()).isEqualTo("edit 3");
    }

    @Test
    void remoteDownRaisesSafeFailureAndPublishSucceedsOnceItIsBack() throws IOException {
        GitOpsTarget target = target(remote.toString(), new GitCredentials.UsernamePassword("portcullis-bot", PASSWORD));
        Path away = dir.resolve("moved-away.git");
        try (GitOpsPublisher publisher = publisher(target)) {
            publisher.publish(List.of(serviceAccount("ai", "llm")), "initial");
            Files.move(remote, away);

            assertThatThrownBy(() -> publisher.publish(List.of(strictMtls("ai")), MESSAGE))
                    .isInstanceOf(PushFailedException.class)
                    .hasMessageStartingWith("cannot fetch branch main from " + remote)
                    .satisfies(failure -> assertThat(everythingPrinted(failure)).doesNotContain(PASSWORD));

            Files.move(away, remote);
            PushResult result = publisher.publish(List.of(strictMtls("ai")), MESSAGE);
            assertThat(result.status()).isEqualTo(PushResult.Status.PUSHED);
            assertThat(result.removed()).containsExactly("clusters/prod/ai/serviceaccount-llm.yaml");
        }
        assertThat(git.run(remote, "rev-list", "--count", "main").strip()).isEqualTo("2");
    }

    @Test
    void unreachableHttpsRemoteFailsWithoutLeakingTheToken() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String token = "ghp_" + "0123456789abcdefTOKEN";
        GitOpsTarget target = target("https://127.0.0.1:" + closedPort + "/org/config.git", new GitCredentials.Token(token));
        try (GitOpsPublisher publisher = publisher(target)) {
            assertThatThrownBy(() -> publisher.publish(List.of(strictMtls("ai")), MESSAGE))
                    .isInstanceOf(PushFailedException.class)
                    .hasMessageStartingWith("cannot fetch branch main from https://127.0.0.1:" + closedPort)
                    .satisfies(failure -> assertThat(everythingPrinted(failure)).doesNotContain(token));
        }
        assertThat(target.toString()).doesNotContain(token);
    }

    @Test
    void fileUrlRemoteWorksToo() {
        try (GitOpsPublisher publisher = publisher(target(remote.toUri().toString(), GitCredentials.none()))) {
            assertThat(publisher.publish(List.of(strictMtls("ai")), MESSAGE).status())
                    .isEqualTo(PushResult.Status.PUSHED);
        }
        assertThat(git.run(remote, "show", "main:clusters/prod/ai/peerauthentication-default.yaml"))
                .isEqualTo(strictMtls("ai").yaml());
    }

    // --- helpers

    private GitOpsPublisher publisher(GitOpsTarget target) {
        return new GitOpsPublisher(target, fixedClock(), GitOpsPublisher.DEFAULT_MAX_ATTEMPTS);
    }

    private GitOpsTarget target(String remoteUri, GitCredentials credentials) {
        return target(remoteUri, credentials, "clone");
    }

    private GitOpsTarget target(String remoteUri, GitCredentials credentials, String cloneName) {
        return new GitOpsTarget(remoteUri, "main", "clusters/prod", "Portcullis", "portcullis@example.org",
                credentials, dir.resolve(cloneName));
    }

    private static Clock fixedClock() {
        return Clock.fixed(Instant.parse("2026-12-04T10:15:30Z"), ZoneOffset.UTC);
    }

    /** A clone of the remote made with the git CLI, on branch main (also when the remote is still empty). */
    private Path handClone() {
        Path work = dir.resolve("hand-" + System.nanoTime());
        git.run(dir, "clone", "--quiet", remote.toString(), work.toString());
        git.run(work, "checkout", "--quiet", "-B", "main");
        return work;
    }

    private void commitAndPush(Path work, String message) {
        git.run(work, "add", "-A");
        git.run(work, "commit", "--quiet", "-m", message);
        git.run(work, "push", "--quiet", "origin", "main");
    }

    private static void write(Path work, String path, String content) throws IOException {
        Path file = work.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static List<String> lines(String text) {
        return text.lines().filter(line -> !line.isBlank()).toList();
    }

    private static String everythingPrinted(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return failure.getMessage() + "\n" + out;
    }
}
