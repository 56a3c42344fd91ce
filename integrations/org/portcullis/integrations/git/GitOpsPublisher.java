package org.portcullis.integrations.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.internal.storage.file.PackInserter;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.portcullis.core.manifests.Manifest;
import org.portcullis.integrations.git.BundleTree.Composition;

/**
 * Publishes a complete desired bundle to a Git branch: fetch the tip, bring the folder to the desired state on top
 * of it, commit if anything changed, push compare-and-swap; when someone else pushed in between, start over from
 * their tip (the desired state is complete, so recomputing is the whole rebase).
 *
 * <p>One publisher per target; {@link #publish} calls are serialized because the local clone is not shareable.
 * Close it on shutdown.
 */
public final class GitOpsPublisher implements AutoCloseable {

    public static final int DEFAULT_MAX_ATTEMPTS = 5;

    /** A seam for tests: runs after the commit was built and before it is pushed. */
    @FunctionalInterface
    interface BeforePush {
        void run(int attempt) throws Exception;
    }

    private final GitOpsTarget target;
    private final Clock clock;
    private final int maxAttempts;
    private final BeforePush beforePush;
    private final GitRemote remote;
    private final BundleTree bundleTree;
    private Repository local;

    public GitOpsPublisher(GitOpsTarget target) {
        this(target, Clock.systemUTC(), DEFAULT_MAX_ATTEMPTS);
    }

    public GitOpsPublisher(GitOpsTarget target, Clock clock, int maxAttempts) {
        this(target, clock, maxAttempts, attempt -> { });
    }

    GitOpsPublisher(GitOpsTarget target, Clock clock, int maxAttempts, BeforePush beforePush) {
        this.target = Objects.requireNonNull(target, "target");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.maxAttempts = maxAttempts;
        this.beforePush = beforePush;
        this.remote = new GitRemote(target);
        this.bundleTree = new BundleTree(target);
    }

    /**
     * Makes the folder on the branch hold exactly {@code desired} (plus files that are not ours).
     *
     * @param desired       the complete desired bundle, one file per object at {@link Manifest#path()}
     * @param commitMessage the message of the commit, if one is needed
     * @throws PushFailedException when the remote is unreachable, refuses, or moved during every attempt; nothing
     *                             is lost, the caller retries later
     */
    public synchronized PushResult publish(List<Manifest> desired, String commitMessage) {
        Objects.requireNonNull(commitMessage, "commitMessage");
        if (commitMessage.isBlank()) {
            throw new IllegalArgumentException("a commit message is required");
        }
        Map<String, byte[]> files = filesOf(desired);
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            Optional<PushResult> result = attempt(files, commitMessage, attempt);
            if (result.isPresent()) {
                return result.get();
            }
        }
        throw new PushFailedException("the branch " + target.branch() + " of " + target.redactedRemote()
                + " moved during each of " + maxAttempts + " push attempts; try again later");
    }

    private Optional<PushResult> attempt(Map<String, byte[]> files, String message, int attempt) {
        Repository repo = localClone();
        ObjectId tip = fetchTip(repo);
        Composition composition;
        ObjectId commit;
        try (ObjectInserter inserter = inserterFor(repo);
             ObjectReader reader = inserter.newReader();
             RevWalk walk = new RevWalk(reader)) {
            RevTree base = tip == null ? null : walk.parseCommit(tip).getTree();
            composition = bundleTree.compose(base, files, reader, inserter);
            if (composition.isUnchanged()) {
                return Optional.of(new PushResult(PushResult.Status.NO_CHANGE, tip == null ? null : tip.name(),
                        List.of(), List.of(), List.of(), attempt));
            }
            commit = inserter.insert(commitOf(composition.treeId(), tip, message));
            inserter.flush();
        } catch (IOException e) {
            throw PushFailedException.because("cannot build the commit in the local clone " + target.workDir(), e,
                    target.credentials().secrets());
        }
        runBeforePush(attempt);
        GitRemote.PushOutcome outcome = push(repo, commit, tip);
        if (outcome == GitRemote.PushOutcome.BRANCH_MOVED) {
            return Optional.empty();
        }
        moveLocalBranch(repo, commit);
        return Optional.of(new PushResult(PushResult.Status.PUSHED, commit.name(), composition.added(),
                composition.changed(), composition.removed(), attempt));
    }

    /**
     * A pack inserter where the clone is on disk: a first publish writes tens of thousands of blobs, which as loose
     * objects would cost one file each and an immediate repack.
     */
    private static ObjectInserter inserterFor(Repository repo) {
        if (repo.getObjectDatabase() instanceof ObjectDirectory objects) {
            PackInserter inserter = objects.newPackInserter();
            inserter.checkExisting(true);
            return inserter;
        }
        return repo.newObjectInserter();
    }

    private ObjectId fetchTip(Repository repo) {
        try {
            return remote.fetchTip(repo);
        } catch (IOException | RuntimeException e) {
            throw PushFailedException.because("cannot fetch branch " + target.branch() + " from "
                    + target.redactedRemote(), e, target.credentials().secrets());
        }
    }

    private GitRemote.PushOutcome push(Repository repo, ObjectId commit, ObjectId tip) {
        try {
            return remote.push(repo, commit, tip);
        } catch (PushFailedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw PushFailedException.because("cannot push branch " + target.branch() + " to "
                    + target.redactedRemote(), e, target.credentials().secrets());
        }
    }

    private CommitBuilder commitOf(ObjectId tree, ObjectId parent, String message) {
        PersonIdent who = new PersonIdent(target.authorName(), target.authorEmail(), clock.instant(), ZoneOffset.UTC);
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(tree);
        if (parent != null) {
            commit.setParentId(parent);
        }
        commit.setAuthor(who);
        commit.setCommitter(who);
        commit.setMessage(message.endsWith("\n") ? message : message + "\n");
        return commit;
    }

    /** Keeps the local branch on what was pushed, for whoever inspects the clone; nothing reads it back. */
    private void moveLocalBranch(Repository repo, ObjectId commit) {
        try {
            RefUpdate update = repo.updateRef(target.branchRef());
            update.setNewObjectId(commit);
            update.forceUpdate();
        } catch (IOException ignored) {
            // the push landed; a stale local branch is harmless because every publish starts from the remote tip
        }
    }

    private void runBeforePush(int attempt) {
        try {
            beforePush.run(attempt);
        } catch (Exception e) {
            throw new IllegalStateException("before-push hook failed", e);
        }
    }

    private Repository localClone() {
        if (local != null) {
            return local;
        }
        try {
            Files.createDirectories(target.workDir());
            Repository repo = new FileRepositoryBuilder().setGitDir(target.workDir().toFile()).setBare().build();
            if (!repo.getObjectDatabase().exists()) {
                repo.create(true);
            }
            keepHousekeepingInThisThread(repo);
            local = repo;
            return repo;
        } catch (IOException | IllegalStateException e) {
            throw PushFailedException.because("cannot open the local clone " + target.workDir(), e, List.of());
        }
    }

    /**
     * JGit packs the clone after fetches ({@code gc --auto}); by default it does so on threads of its own, which a
     * Jakarta EE container does not manage and which may still run after {@link #close()}.
     */
    private static void keepHousekeepingInThisThread(Repository repo) throws IOException {
        StoredConfig config = repo.getConfig();
        if (config.getBoolean(ConfigConstants.CONFIG_GC_SECTION, "autoDetach", true)) {
            config.setBoolean(ConfigConstants.CONFIG_GC_SECTION, null, "autoDetach", false);
            config.save();
        }
    }

    private Map<String, byte[]> filesOf(List<Manifest> desired) {
        Map<String, byte[]> files = new HashMap<>();
        for (Manifest manifest : desired) {
            String relative = manifest.path();
            if (relative.startsWith("/") || relative.contains("..") || relative.contains("//")) {
                throw new IllegalArgumentException("not a safe bundle path: " + relative);
            }
            String path = target.inFolder(relative);
            if (files.put(path, manifest.yaml().getBytes(StandardCharsets.UTF_8)) != null) {
                throw new IllegalArgumentException("two manifests map to the same file " + path);
            }
        }
        return files;
    }

    @Override
    public synchronized void close() {
        remote.close();
        if (local != null) {
            local.close();
            local = null;
        }
    }
}
