package org.portcullis.integrations.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Builds the tree of the next commit: the base tree with the bundle folder brought to the desired state. Works on
 * Git objects only — no working copy is checked out — so a bundle of tens of thousands of files costs one tree walk
 * and one hash per file, and nothing of a previous failed attempt can linger on disk.
 */
final class BundleTree {

    /** The new tree and what differs from the base. */
    record Composition(ObjectId treeId, List<String> added, List<String> changed, List<String> removed) {
        boolean isUnchanged() {
            return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
        }
    }

    private final GitOpsTarget target;

    BundleTree(GitOpsTarget target) {
        this.target = target;
    }

    /**
     * @param base    the tree of the remote tip, or {@code null} when the branch does not exist yet
     * @param desired file content by repository path (already prefixed with the folder)
     */
    Composition compose(RevTree base, Map<String, byte[]> desired, ObjectReader reader, ObjectInserter inserter)
            throws IOException {
        Map<String, byte[]> toAdd = new TreeMap<>(desired);
        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        if (base != null) {
            try (TreeWalk walk = new TreeWalk(reader)) {
                walk.addTree(base);
                walk.setRecursive(true);
                while (walk.next()) {
                    String path = walk.getPathString();
                    FileMode mode = walk.getFileMode(0);
                    ObjectId id = walk.getObjectId(0);
                    byte[] wanted = toAdd.remove(path);
                    if (wanted != null) {
                        ObjectId wantedId = inserter.idFor(Constants.OBJ_BLOB, wanted);
                        if (wantedId.equals(id) && FileMode.REGULAR_FILE.equals(mode)) {
                            builder.add(entry(path, FileMode.REGULAR_FILE, id));
                        } else {
                            builder.add(entry(path, FileMode.REGULAR_FILE, inserter.insert(Constants.OBJ_BLOB, wanted)));
                            changed.add(path);
                        }
                    } else if (isManagedLeftover(path, mode, id, reader)) {
                        removed.add(path);
                    } else {
                        builder.add(entry(path, mode, id));
                    }
                }
            }
        }
        List<String> added = new ArrayList<>(toAdd.keySet());
        for (Map.Entry<String, byte[]> file : toAdd.entrySet()) {
            builder.add(entry(file.getKey(), FileMode.REGULAR_FILE,
                    inserter.insert(Constants.OBJ_BLOB, file.getValue())));
        }
        builder.finish();
        ObjectId tree = index.writeTree(inserter);
        Collections.sort(changed);
        Collections.sort(removed);
        return new Composition(tree, added, changed, removed);
    }

    /** A file in our folder that we did not ask for this time: removed only when it is one of ours. */
    private boolean isManagedLeftover(String path, FileMode mode, ObjectId id, ObjectReader reader) throws IOException {
        if (!path.startsWith(target.folderPrefix()) || !FileMode.REGULAR_FILE.equals(mode)
                || !ManagedFiles.isCandidate(path)) {
            return false;
        }
        try {
            return ManagedFiles.isManaged(reader.open(id, Constants.OBJ_BLOB).getCachedBytes(ManagedFiles.MAX_MANAGED_SIZE));
        } catch (LargeObjectException tooBig) {
            return false;
        }
    }

    private static DirCacheEntry entry(String path, FileMode mode, ObjectId id) {
        DirCacheEntry entry = new DirCacheEntry(path);
        entry.setFileMode(mode);
        entry.setObjectId(id);
        return entry;
    }
}
