/**
 * Manifests leaving the portal: YAML ({@link org.portcullis.manifests.ManifestWriter}), validation against the
 * official schemas ({@link org.portcullis.manifests.ManifestValidator}) and bundles
 * ({@link org.portcullis.manifests.ManifestBundle}).
 *
 * <p>Rules:
 * <ul>
 * <li>Nothing leaves unvalidated: every object is checked against the Istio CRD (openAPIV3Schema of its served
 *     version) or the Kubernetes OpenAPI v3 schema of its kind, both made strict (unknown fields are errors), and
 *     against the rules the schemas cannot express (DNS-1123 names, label syntax, serviceAccounts vs principals,
 *     one JWKS source, ServiceAccount subjects with a namespace, roleRef kind).</li>
 * <li>Bytes are deterministic: YAML keys in the compiler's canonical order, quoting and layout fixed, bundles sorted by
 *     path, zip entries with a fixed time.</li>
 * <li>The schemas are read from a folder given by configuration (system property {@code portcullis.schemas}), never
 *     copied into the repository, and compiled once per validator.</li>
 * </ul>
 */
package org.portcullis.manifests;
