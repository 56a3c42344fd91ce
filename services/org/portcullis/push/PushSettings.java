package org.portcullis.push;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.portcullis.integrations.git.GitCredentials;
import org.portcullis.integrations.git.GitOpsTarget;
import org.portcullis.integrations.kubernetes.ClusterTarget;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Where manifests are pushed, from configuration only (environment variables {@code PORTCULLIS_GIT_*},
 * {@code PORTCULLIS_KUBECONFIG}; see the README, section "Manifests and GitOps push"). Never from the database; secrets never leave this class
 * except inside the credentials the publisher uses, whose {@code toString} hides them.
 */
@ApplicationScoped
public class PushSettings {

    private static final Logger LOG = Logger.getLogger(PushSettings.class.getName());

    @Inject @ConfigProperty(name = "portcullis.git.remote") Optional<String> remote;
    @Inject @ConfigProperty(name = "portcullis.git.branch", defaultValue = "main") String branch;
    @Inject @ConfigProperty(name = "portcullis.git.folder", defaultValue = "clusters/portcullis") String folder;
    @Inject @ConfigProperty(name = "portcullis.git.username") Optional<String> username;
    @Inject @ConfigProperty(name = "portcullis.git.password") Optional<String> password;
    @Inject @ConfigProperty(name = "portcullis.git.token") Optional<String> token;
    @Inject @ConfigProperty(name = "portcullis.git.ssh-key") Optional<String> sshKey;
    @Inject @ConfigProperty(name = "portcullis.git.known-hosts") Optional<String> knownHosts;
    @Inject @ConfigProperty(name = "portcullis.git.workdir", defaultValue = "./data/gitops") String workDir;
    @Inject @ConfigProperty(name = "portcullis.git.author-name", defaultValue = "Portcullis") String authorName;
    @Inject @ConfigProperty(name = "portcullis.git.author-email", defaultValue = "portcullis@localhost") String authorEmail;
    @Inject @ConfigProperty(name = "portcullis.kubeconfig") Optional<String> kubeconfig;
    @Inject @ConfigProperty(name = "portcullis.kube.context") Optional<String> kubeContext;
    @Inject @ConfigProperty(name = "portcullis.push.poll-seconds", defaultValue = "3") long pollSeconds;
    @Inject @ConfigProperty(name = "portcullis.push.first-retry-seconds", defaultValue = "5") long firstRetrySeconds;
    @Inject @ConfigProperty(name = "portcullis.push.max-retry-seconds", defaultValue = "300") long maxRetrySeconds;

    private GitOpsTarget git;
    private ClusterTarget cluster;
    private String problem;

    @PostConstruct
    void read() {
        try {
            git = remote.filter(r -> !r.isBlank()).map(this::target).orElse(null);
        } catch (IllegalArgumentException e) {
            problem = "The Git push settings are invalid: " + e.getMessage();
            LOG.warning(problem);
        }
        cluster = kubeconfig.filter(k -> !k.isBlank())
                .map(k -> new ClusterTarget(Path.of(k), kubeContext.orElse(null))).orElse(null);
    }

    private GitOpsTarget target(String url) {
        return new GitOpsTarget(url.strip(), branch, folder, authorName, authorEmail, credentials(),
                Path.of(workDir).toAbsolutePath());
    }

    private GitCredentials credentials() {
        if (sshKey.isPresent()) {
            return new GitCredentials.SshKey(Path.of(sshKey.get()),
                    Path.of(knownHosts.orElseThrow(() -> new IllegalArgumentException(
                            "PORTCULLIS_GIT_SSH_KEY needs PORTCULLIS_GIT_KNOWN_HOSTS"))));
        }
        if (token.isPresent()) {
            return new GitCredentials.Token(token.get());
        }
        if (password.isPresent()) {
            return new GitCredentials.UsernamePassword(username.orElse("git"), password.get());
        }
        return GitCredentials.none();
    }

    public Optional<GitOpsTarget> git() {
        return Optional.ofNullable(git);
    }

    public Optional<ClusterTarget> cluster() {
        return Optional.ofNullable(cluster);
    }

    public boolean isEnabled() {
        return git != null || cluster != null;
    }

    /** Why push is off or misconfigured, for the status page; null when a target is configured and valid. */
    public String disabledReason() {
        if (problem != null) {
            return problem;
        }
        return isEnabled() ? null : "Push is disabled: set PORTCULLIS_GIT_REMOTE (and optionally PORTCULLIS_KUBECONFIG).";
    }

    /** The Git target as it may be shown: remote without credentials, branch, folder, kind of credentials. */
    public String describeGit() {
        return git == null ? "not configured" : git.redactedRemote() + " · branch " + git.branch() + " · folder "
                + (git.folder().isEmpty() ? "/" : git.folder()) + " · credentials: " + credentialKind(git.credentials());
    }

    public String describeCluster() {
        return cluster == null ? "not configured"
                : "kubeconfig " + cluster.kubeconfig() + (cluster.context() == null ? "" : " · context " + cluster.context());
    }

    private static String credentialKind(GitCredentials credentials) {
        return switch (credentials) {
            case GitCredentials.None n -> "none";
            case GitCredentials.Token t -> "token";
            case GitCredentials.UsernamePassword u -> "user " + u.username() + " with password";
            case GitCredentials.SshKey s -> "SSH key";
        };
    }

    public Duration pollInterval() {
        return Duration.ofSeconds(Math.max(1, pollSeconds));
    }

    public PushSchedule schedule() {
        return new PushSchedule(Duration.ofSeconds(Math.max(1, firstRetrySeconds)),
                Duration.ofSeconds(Math.max(firstRetrySeconds, maxRetrySeconds)));
    }
}
