package org.portcullis.integrations.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.portcullis.integrations.testing.ManifestFixtures.serviceAccount;
import static org.portcullis.integrations.testing.ManifestFixtures.strictMtls;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.List;

import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.integrations.testing.GitCli;
import org.portcullis.integrations.testing.SshGitServer;

/** ssh:// remotes: the configured private key and known_hosts file, and nothing else, decide. */
class GitOpsPublisherSshIT {

    @TempDir
    Path dir;
    private GitCli git;
    private Path remote;
    private Path privateKey;
    private SshGitServer server;

    @BeforeEach
    void sshServer() throws IOException, GeneralSecurityException {
        git = new GitCli(Files.createDirectories(dir.resolve("home")));
        Path repositories = Files.createDirectories(dir.resolve("srv"));
        remote = git.initBare(repositories.resolve("config.git"));
        KeyPair clientKey = SshGitServer.newKeyPair();
        privateKey = dir.resolve("id_portcullis");
        try (OutputStream out = Files.newOutputStream(privateKey)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(clientKey, "portcullis",
                    (org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext) null, out);
        }
        server = new SshGitServer(repositories, clientKey.getPublic());
    }

    @AfterEach
    void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void publishesOverSshWithConfiguredKeyAndKnownHosts() throws IOException {
        Path knownHosts = Files.writeString(dir.resolve("known_hosts"), server.knownHostsLine());
        try (GitOpsPublisher publisher = new GitOpsPublisher(target(knownHosts))) {
            PushResult first = publisher.publish(List.of(serviceAccount("ai", "llm")), "over ssh");
            PushResult second = publisher.publish(List.of(serviceAccount("ai", "llm"), strictMtls("ai")), "again");

            assertThat(first.status()).isEqualTo(PushResult.Status.PUSHED);
            assertThat(second.added()).containsExactly("deploy/ai/peerauthentication-default.yaml");
        }
        assertThat(git.run(remote, "ls-tree", "-r", "--name-only", "main").lines().toList())
                .containsExactly("deploy/ai/peerauthentication-default.yaml", "deploy/ai/serviceaccount-llm.yaml");
    }

    @Test
    void unknownHostKeyIsRefused() throws IOException {
        String impostor = "[127.0.0.1]:" + server.port() + " " + org.apache.sshd.common.config.keys.PublicKeyEntry
                .toString(SshGitServer.newKeyPair().getPublic()) + "\n";
        Path knownHosts = Files.writeString(dir.resolve("known_hosts"), impostor);
        try (GitOpsPublisher publisher = new GitOpsPublisher(target(knownHosts))) {
            assertThatThrownBy(() -> publisher.publish(List.of(serviceAccount("ai", "llm")), "must not land"))
                    .isInstanceOf(PushFailedException.class)
                    .hasMessageStartingWith("cannot fetch branch main from ssh://127.0.0.1:" + server.port());
        }
        assertThat(git.run(remote, "branch", "--list").strip()).isEmpty();
    }

    private GitOpsTarget target(Path knownHosts) {
        return new GitOpsTarget("ssh://git@127.0.0.1:" + server.port() + "/config.git", "main", "deploy",
                "Portcullis", "portcullis@example.org", new GitCredentials.SshKey(privateKey, knownHosts),
                dir.resolve("clone"));
    }
}
