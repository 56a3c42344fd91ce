/**
 * Optional direct apply of the desired bundle to a cluster with the fabric8 client, next to (not instead of) the
 * GitOps push.
 *
 * <p>Rules:
 * <ul>
 *   <li>The input is the complete desired bundle; each object is created, replaced when its content differs, or
 *       left alone when it is already as desired (no write at all, so re-applying is free and idempotent).</li>
 *   <li>Prune deletes only objects of the kinds Portcullis manages ({@link org.portcullis.integrations.kubernetes.ManagedKind})
 *       that carry {@code app.kubernetes.io/managed-by: portcullis} and are not desired; anything unlabelled is
 *       never touched.</li>
 *   <li>Create-or-replace, not server-side apply: the mock server the tests use does not support it, and the bundle is
 *       complete, so replacing is exact.</li>
 *   <li>No fabric8 type crosses the package boundary except {@code KubernetesClient} in the constructor that tests and
 *       {@link org.portcullis.integrations.kubernetes.ClusterApplier#connect} use; callers see
 *       {@link org.portcullis.integrations.kubernetes.ApplyResult} and
 *       {@link org.portcullis.integrations.kubernetes.ApplyFailedException}.</li>
 * </ul>
 */
package org.portcullis.integrations.kubernetes;
