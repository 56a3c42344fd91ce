/**
 * GitOps push: writes the complete desired bundle of manifests into a folder of a Git branch, one file per object,
 * and pushes it, so that Argo CD or Flux pick it up.
 *
 * <p>Rules:
 * <ul>
 *   <li>The caller always hands over the whole desired state; the publisher computes the difference against the
 *       remote tip itself, so a publish can be repeated any number of times and never makes an empty commit.</li>
 *   <li>Only files that carry {@code app.kubernetes.io/managed-by: portcullis} are ever removed; anything written
 *       by hand, in the folder or outside it, is kept.</li>
 *   <li>A concurrent commit on the branch is never overwritten: the push is compare-and-swap on the tip we built on;
 *       when it loses, the desired state is recomputed on the new tip and pushed again (bounded attempts).</li>
 *   <li>Credentials come from configuration ({@link org.portcullis.integrations.git.GitOpsTarget}), never from the
 *       database, and never appear in a {@code toString}, an exception message or a log line.</li>
 *   <li>No JGit type crosses the package boundary: callers see {@link org.portcullis.integrations.git.PushResult}
 *       and {@link org.portcullis.integrations.git.PushFailedException} only.</li>
 * </ul>
 */
package org.portcullis.integrations.git;
