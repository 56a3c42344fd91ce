package org.portcullis.integrations.git;

import java.util.List;
import java.util.Objects;

/**
 * What one publish did.
 *
 * @param status   {@link Status#PUSHED} when a commit landed, {@link Status#NO_CHANGE} when the branch already held
 *                 the desired state
 * @param commitId the branch tip after the publish (40 hex digits); {@code null} only when the remote branch does
 *                 not exist and there was nothing to write
 * @param added    repository paths of the files created, sorted
 * @param changed  repository paths of the files whose content was replaced, sorted
 * @param removed  repository paths of the managed files deleted, sorted
 * @param attempts how many push attempts it took (more than one when someone else pushed in between)
 */
public record PushResult(Status status, String commitId, List<String> added, List<String> changed,
                         List<String> removed, int attempts) {

    public enum Status { NO_CHANGE, PUSHED }

    public PushResult {
        Objects.requireNonNull(status, "status");
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    public int changeCount() {
        return added.size() + changed.size() + removed.size();
    }
}
