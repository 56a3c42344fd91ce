package org.portcullis.integrations.kubernetes;

import java.nio.file.Path;

/**
 * Which cluster to apply to. Credentials live in the kubeconfig file (or the pod's service account), never in the
 * database.
 *
 * @param kubeconfig a kubeconfig file, or {@code null} for the client's auto-configuration (in-cluster service
 *                   account, {@code KUBECONFIG}, {@code ~/.kube/config})
 * @param context    the kubeconfig context to use, or {@code null} for its current context
 */
public record ClusterTarget(Path kubeconfig, String context) {

    public static ClusterTarget automatic() {
        return new ClusterTarget(null, null);
    }
}
