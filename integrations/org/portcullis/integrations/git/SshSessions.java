package org.portcullis.integrations.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * SSH sessions that use exactly the configured key and known_hosts file: a private home directory, so that the
 * server account's {@code ~/.ssh} (keys, config, agent) plays no part, and strict host key checking without prompts.
 */
final class SshSessions {

    private static final String CONFIG = """
            Host *
              IdentityFile "%s"
              UserKnownHostsFile "%s"
              StrictHostKeyChecking yes
              IdentitiesOnly yes
              PreferredAuthentications publickey
              BatchMode yes
            """;

    private SshSessions() {
    }

    static SshdSessionFactory forKey(GitCredentials.SshKey key, Path home) {
        Path sshDir = home.resolve(".ssh");
        Path config = sshDir.resolve("config");
        try {
            Files.createDirectories(sshDir);
            Files.writeString(config, CONFIG.formatted(key.privateKey().toAbsolutePath(), key.knownHosts().toAbsolutePath()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the SSH directory " + sshDir, e);
        }
        return new SshdSessionFactoryBuilder()
                .setHomeDirectory(home.toFile())
                .setSshDirectory(sshDir.toFile())
                .setConfigFile(dir -> config.toFile())
                .setDefaultIdentities(dir -> List.of(key.privateKey()))
                .setDefaultKnownHostsFiles(dir -> List.of(key.knownHosts()))
                .setPreferredAuthentications("publickey")
                .build(null);
    }
}
