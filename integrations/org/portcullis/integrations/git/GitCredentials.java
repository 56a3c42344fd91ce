package org.portcullis.integrations.git;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How the publisher proves who it is to the remote. Always taken from configuration, never from the database.
 * Every variant prints without its secret, so a {@link GitOpsTarget} can be logged as it is.
 */
public sealed interface GitCredentials {

    /** The secret strings of this credential, so that messages can be scrubbed of them. */
    List<String> secrets();

    static GitCredentials none() {
        return new None();
    }

    /** For local paths, {@code file://} and anonymous remotes. */
    record None() implements GitCredentials {
        @Override
        public List<String> secrets() {
            return List.of();
        }
    }

    /** HTTPS basic authentication. */
    record UsernamePassword(String username, String password) implements GitCredentials {
        public UsernamePassword {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public List<String> secrets() {
            return List.of(password);
        }

        @Override
        public String toString() {
            return "UsernamePassword[username=" + username + ", password=***]";
        }
    }

    /**
     * An HTTPS access token, sent as the password of the user {@value #TOKEN_USER} (accepted by GitHub, GitLab and
     * Gitea; for a server that needs another user name, use {@link UsernamePassword}).
     */
    record Token(String token) implements GitCredentials {
        public static final String TOKEN_USER = "x-access-token";

        public Token {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public List<String> secrets() {
            return List.of(token);
        }

        @Override
        public String toString() {
            return "Token[***]";
        }
    }

    /**
     * SSH public-key authentication with an unencrypted private key file (typically a mounted secret) and a
     * known_hosts file; the remote's host key must be listed there (strict host key checking, no prompt).
     */
    record SshKey(Path privateKey, Path knownHosts) implements GitCredentials {
        public SshKey {
            Objects.requireNonNull(privateKey, "privateKey");
            Objects.requireNonNull(knownHosts, "knownHosts");
        }

        @Override
        public List<String> secrets() {
            return List.of();
        }
    }
}
