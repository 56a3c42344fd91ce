package org.portcullis.integrations.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GitOpsTargetTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/srv/git/config.git",
            "file:///srv/git/config.git",
            "https://git.example.org/platform/config.git",
            "ssh://git@git.example.org:2222/platform/config.git",
            "git@git.example.org:platform/config.git",
    })
    void shouldAcceptRemoteWithoutSecrets(String remote) {
        assertThat(target(remote, "clusters/prod").remote()).isEqualTo(remote);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "https://bot:hunter2@git.example.org/platform/config.git",
            "https://hunter2@git.example.org/platform/config.git",
            "ssh://git:hunter2@git.example.org/platform/config.git",
    })
    void shouldRefuseRemoteCarryingCredentialsWithoutEchoingThem(String remote) {
        assertThatThrownBy(() -> target(remote, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("carries credentials")
                .message().doesNotContain("hunter2");
    }

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(value = {
            "clusters/prod|clusters/prod",
            "/clusters/prod/|clusters/prod",
            "''|''",
            ".|''",
            "/|''",
            ".github/deploy|.github/deploy",
    }, delimiter = '|')
    void shouldNormalizeFolder(String folder, String expected) {
        assertThat(target("/srv/git/config.git", folder).folder()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"../outside", "clusters/../../x", "clusters//prod", ".git/hooks", "a/.git", "a/./b"})
    void shouldRefuseFolderEscapingTheRepository(String folder) {
        assertThatThrownBy(() -> target("/srv/git/config.git", folder)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseInvalidBranch() {
        assertThatThrownBy(() -> new GitOpsTarget("/srv/git/config.git", "bad..branch", "", "P", "p@example.org",
                null, Path.of("/tmp/clone"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringNeverShowsSecrets() {
        GitOpsTarget basic = new GitOpsTarget("https://git.example.org/c.git", "main", "", "P", "p@example.org",
                new GitCredentials.UsernamePassword("bot", "hunter2"), Path.of("/tmp/clone"));
        GitOpsTarget token = new GitOpsTarget("https://git.example.org/c.git", "main", "", "P", "p@example.org",
                new GitCredentials.Token("ghp_hunter2"), Path.of("/tmp/clone"));

        assertThat(basic.toString()).doesNotContain("hunter2").contains("username=bot");
        assertThat(basic.credentials().toString()).doesNotContain("hunter2");
        assertThat(token.toString()).doesNotContain("hunter2");
    }

    private static GitOpsTarget target(String remote, String folder) {
        return new GitOpsTarget(remote, "main", folder, "Portcullis", "portcullis@example.org", GitCredentials.none(),
                Path.of("/tmp/clone"));
    }
}
