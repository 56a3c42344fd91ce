/**
 * From the approved policy model to Kubernetes and Istio objects, and the plan an approver reads. Pure Java: no YAML,
 * no clock, no I/O; the manifests feature ({@code org.portcullis.manifests}) turns {@link
 * org.portcullis.core.manifests.K8sObject}s into YAML, validates them against the official schemas and bundles them.
 *
 * <p>Rules of the compiler ({@link org.portcullis.core.manifests.PolicyCompiler}):
 * <ul>
 * <li>Deterministic: objects sorted by namespace, kind, name; list values that are sets (methods, paths, ports,
 *     verbs...) distinct and sorted; structural keys in a fixed order, labels and annotations sorted; no timestamps.</li>
 * <li>Per namespace: PeerAuthentication {@code default} (STRICT, PERMISSIVE only if every workload of the namespace is
 *     in a PERMISSIVE zone) and AuthorizationPolicy {@code allow-nothing} ({@code spec: {}}: deny by default).</li>
 * <li>Per destination: {@code <dest>-allow} with one rule per live permission (principal, operations, roles claim
 *     condition); dry-run permissions in {@code <dest>-allow-dryrun} with {@code istio.io/dry-run: "true"}.
 *     Namespaces listed in the options' dry-run set get the annotation on every AuthorizationPolicy.</li>
 * <li>Per JWT-accepting workload: RequestAuthentication {@code <w>-jwt} and DENY policy {@code <w>-require-jwt}.</li>
 * <li>Per service account a ServiceAccount; per live grant a Role and RoleBinding named after the grant.</li>
 * <li>Every object: label {@code app.kubernetes.io/managed-by: portcullis}; annotation
 *     {@code portcullis.io/change-requests} with the sorted ids from PolicyModel.origins of the model objects behind
 *     it (keys {@code workload/<name>}, {@code zone/<name>}, {@code permission/<src>-><dest>}, {@code grant/<name>}).</li>
 * <li>Expired permissions and grants ({@code expiresAt <= now}) are left out.</li>
 * </ul>
 */
package org.portcullis.core.manifests;
