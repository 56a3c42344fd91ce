package org.portcullis.integrations.git;

import java.io.IOException;
import java.util.List;

import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.FetchConnection;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;

/** The two conversations with the remote: read the branch tip, and move it compare-and-swap. */
final class GitRemote implements AutoCloseable {

    /** How a push ended when the remote was reachable. */
    enum PushOutcome { LANDED, BRANCH_MOVED }

    static final int TIMEOUT_SECONDS = 30;

    private final GitOpsTarget target;
    private final URIish uri;
    private final SshdSessionFactory ssh;

    GitRemote(GitOpsTarget target) {
        this.target = target;
        try {
            this.uri = new URIish(target.remote());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not a Git remote: " + target.redactedRemote());
        }
        this.ssh = target.credentials() instanceof GitCredentials.SshKey key
                ? SshSessions.forKey(key, target.workDir().resolve("portcullis-ssh"))
                : null;
    }

    String trackingRef() {
        return "refs/remotes/origin/" + target.branch();
    }

    /**
     * Fetches the branch into the local clone.
     *
     * @return the remote tip, or {@code null} when the remote has no such branch (an empty remote, say)
     */
    ObjectId fetchTip(Repository local) throws IOException {
        try (Transport transport = open(local)) {
            Ref advertised;
            try (FetchConnection connection = transport.openFetch()) {
                advertised = connection.getRef(target.branchRef());
            }
            if (advertised == null) {
                return null;
            }
            FetchResult fetched = transport.fetch(NullProgressMonitor.INSTANCE,
                    List.of(new RefSpec("+" + target.branchRef() + ":" + trackingRef())));
            Ref tip = fetched.getAdvertisedRef(target.branchRef());
            return tip == null ? null : tip.getObjectId();
        }
    }

    /**
     * Moves the remote branch from {@code expectedTip} ({@code null}: it must not exist) to {@code commit}.
     *
     * @throws PushFailedException when the remote refuses for any reason but a moved branch
     */
    PushOutcome push(Repository local, ObjectId commit, ObjectId expectedTip) throws IOException {
        RemoteRefUpdate update = new RemoteRefUpdate(local, commit.name(), commit, target.branchRef(), false,
                trackingRef(), expectedTip == null ? ObjectId.zeroId() : expectedTip);
        try (Transport transport = open(local)) {
            RemoteRefUpdate result = transport.push(NullProgressMonitor.INSTANCE, List.of(update))
                    .getRemoteUpdate(target.branchRef());
            return switch (result.getStatus()) {
                case OK -> PushOutcome.LANDED;
                case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> PushOutcome.BRANCH_MOVED;
                default -> throw new PushFailedException("the remote " + target.redactedRemote()
                        + " refused the push to " + target.branch() + ": " + result.getStatus()
                        + (result.getMessage() == null ? "" : " (" + scrubbed(result.getMessage()) + ")"));
            };
        }
    }

    private String scrubbed(String text) {
        String result = text;
        for (String secret : target.credentials().secrets()) {
            result = result.replace(secret, "***");
        }
        return result;
    }

    private Transport open(Repository local) throws IOException {
        Transport transport = Transport.open(local, uri);
        transport.setTimeout(TIMEOUT_SECONDS);
        CredentialsProvider credentials = credentialsProvider();
        if (credentials != null) {
            transport.setCredentialsProvider(credentials);
        }
        if (ssh != null && transport instanceof SshTransport sshTransport) {
            sshTransport.setSshSessionFactory(ssh);
        }
        return transport;
    }

    private CredentialsProvider credentialsProvider() {
        return switch (target.credentials()) {
            case GitCredentials.UsernamePassword basic ->
                    new UsernamePasswordCredentialsProvider(basic.username(), basic.password());
            case GitCredentials.Token token ->
                    new UsernamePasswordCredentialsProvider(GitCredentials.Token.TOKEN_USER, token.token());
            case GitCredentials.SshKey key -> null;
            case GitCredentials.None none -> null;
        };
    }

    @Override
    public void close() {
        if (ssh != null) {
            ssh.close();
        }
    }
}
