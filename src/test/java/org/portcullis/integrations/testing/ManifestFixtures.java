package org.portcullis.integrations.testing;

import org.portcullis.core.manifests.Manifest;

/** Small hand-written manifests, labelled as ours, standing in for the compiler's output. */
public final class ManifestFixtures {

    private ManifestFixtures() {
    }

    public static Manifest serviceAccount(String namespace, String name) {
        return new Manifest("v1", "ServiceAccount", namespace, name, """
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: %s
                  namespace: %s
                  labels:
                    app.kubernetes.io/managed-by: portcullis
                """.formatted(name, namespace));
    }

    public static Manifest role(String namespace, String name, String... verbs) {
        return new Manifest("rbac.authorization.k8s.io/v1", "Role", namespace, name, """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata:
                  name: %s
                  namespace: %s
                  labels:
                    app.kubernetes.io/managed-by: portcullis
                rules:
                - apiGroups: [""]
                  resources: ["configmaps"]
                  verbs: [%s]
                """.formatted(name, namespace, quoted(verbs)));
    }

    public static Manifest roleBinding(String namespace, String name, String role, String serviceAccount) {
        return new Manifest("rbac.authorization.k8s.io/v1", "RoleBinding", namespace, name, """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata:
                  name: %s
                  namespace: %s
                  labels:
                    app.kubernetes.io/managed-by: portcullis
                roleRef:
                  apiGroup: rbac.authorization.k8s.io
                  kind: Role
                  name: %s
                subjects:
                - kind: ServiceAccount
                  name: %s
                  namespace: %s
                """.formatted(name, namespace, role, serviceAccount, namespace));
    }

    public static Manifest allowPolicy(String namespace, String name, String app, String sourcePrincipal) {
        return new Manifest("security.istio.io/v1", "AuthorizationPolicy", namespace, name, """
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata:
                  name: %s
                  namespace: %s
                  labels:
                    app.kubernetes.io/managed-by: portcullis
                spec:
                  selector:
                    matchLabels:
                      app: %s
                  action: ALLOW
                  rules:
                  - from:
                    - source:
                        principals: ["%s"]
                """.formatted(name, namespace, app, sourcePrincipal));
    }

    public static Manifest strictMtls(String namespace) {
        return new Manifest("security.istio.io/v1", "PeerAuthentication", namespace, "default", """
                apiVersion: security.istio.io/v1
                kind: PeerAuthentication
                metadata:
                  name: default
                  namespace: %s
                  labels:
                    app.kubernetes.io/managed-by: portcullis
                spec:
                  mtls:
                    mode: STRICT
                """.formatted(namespace));
    }

    public static Manifest jwtAuthentication(String namespace, String name, String issuer) {
        return new Manifest("security.istio.io/v1", "RequestAuthentication", namespace, name, """
                apiVersion: security.istio.io/v1
                kind: RequestAuthentication
                metadata:
                  name: %s
                  namespace: %s
                  labels:
                    app.kubernetes.io/managed-by: portcullis
                spec:
                  jwtRules:
                  - issuer: "%s"
                    jwksUri: "%s/protocol/openid-connect/certs"
                """.formatted(name, namespace, issuer, issuer));
    }

    private static String quoted(String... values) {
        StringBuilder text = new StringBuilder();
        for (String value : values) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append('"').append(value).append('"');
        }
        return text.toString();
    }
}
