package org.portcullis.integrations.git;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.URIish;

/**
 * Where and as whom the GitOps bundle is pushed.
 *
 * @param remote      the remote repository: a local path, {@code file://}, {@code https://} or {@code ssh://} (also
 *                    scp-like {@code git@host:org/repo.git}); it must not carry credentials — they go in
 *                    {@code credentials}
 * @param branch      the branch to push to, created when the remote does not have it yet
 * @param folder      the folder inside the repository that holds the bundle ({@code ""} for the root)
 * @param authorName  author and committer name of the commits
 * @param authorEmail author and committer email of the commits
 * @param credentials how to authenticate; never printed
 * @param workDir     a local directory the publisher owns: its bare clone of the remote, kept between publishes so
 *                    that a fetch only brings what changed
 */
public record GitOpsTarget(String remote, String branch, String folder, String authorName, String authorEmail,
                           GitCredentials credentials, Path workDir) {

    private static final Pattern DOT_SEGMENT = Pattern.compile("(^|/)(\\.\\.?|\\.git)(/|$)");

    public GitOpsTarget {
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(authorEmail, "authorEmail");
        Objects.requireNonNull(workDir, "workDir");
        credentials = credentials == null ? GitCredentials.none() : credentials;
        folder = normalizeFolder(folder);
        if (!Repository.isValidRefName("refs/heads/" + branch)) {
            throw new IllegalArgumentException("not a valid branch name: " + branch);
        }
        rejectCredentialsInRemote(remote);
    }

    /** The remote as it may be shown: without any user or password part. */
    public String redactedRemote() {
        return redact(remote);
    }

    /** The full ref name of the branch, {@code refs/heads/<branch>}. */
    String branchRef() {
        return "refs/heads/" + branch;
    }

    /** A repository path of a bundle file: {@code <folder>/<relative>}, or {@code <relative>} at the root. */
    String inFolder(String relative) {
        return folder.isEmpty() ? relative : folder + "/" + relative;
    }

    /** The prefix of every path inside the folder ({@code ""} at the root). */
    String folderPrefix() {
        return folder.isEmpty() ? "" : folder + "/";
    }

    @Override
    public String toString() {
        return "GitOpsTarget[remote=" + redactedRemote() + ", branch=" + branch + ", folder=" + folder
                + ", author=" + authorName + " <" + authorEmail + ">, credentials=" + credentials
                + ", workDir=" + workDir + "]";
    }

    private static String normalizeFolder(String folder) {
        String trimmed = folder == null ? "" : folder.strip().replace('\\', '/');
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.equals(".")) {
            return "";
        }
        if (DOT_SEGMENT.matcher(trimmed).find() || trimmed.contains("//")) {
            throw new IllegalArgumentException("folder must be a plain relative path inside the repository: " + folder);
        }
        return trimmed;
    }

    /**
     * Credentials in the URI would end up in JGit's messages and in our logs. A user name is allowed for SSH
     * ({@code git@host}); HTTPS user names are refused too, because they are often tokens.
     */
    private static void rejectCredentialsInRemote(String remote) {
        URIish uri = parse(remote);
        boolean http = uri.getScheme() != null && uri.getScheme().toLowerCase().startsWith("http");
        if (uri.getPass() != null || (http && uri.getUser() != null)) {
            throw new IllegalArgumentException("the remote " + redact(remote)
                    + " carries credentials in its URI; put them in GitOpsTarget.credentials instead");
        }
    }

    static String redact(String remote) {
        try {
            return new URIish(remote).setUser(null).setPass(null).toString();
        } catch (URISyntaxException e) {
            return "<unparsable remote>";
        }
    }

    private static URIish parse(String remote) {
        try {
            return new URIish(remote);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a Git remote: " + redact(remote));
        }
    }
}
