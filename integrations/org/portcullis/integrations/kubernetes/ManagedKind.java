package org.portcullis.integrations.kubernetes;

import java.util.Arrays;
import java.util.Optional;

import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

/** The kinds Portcullis writes, in apply order, with the API version listed when pruning. All are namespaced. */
enum ManagedKind {
    SERVICE_ACCOUNT("", "v1", "ServiceAccount", "serviceaccounts"),
    ROLE("rbac.authorization.k8s.io", "v1", "Role", "roles"),
    ROLE_BINDING("rbac.authorization.k8s.io", "v1", "RoleBinding", "rolebindings"),
    PEER_AUTHENTICATION("security.istio.io", "v1", "PeerAuthentication", "peerauthentications"),
    REQUEST_AUTHENTICATION("security.istio.io", "v1", "RequestAuthentication", "requestauthentications"),
    AUTHORIZATION_POLICY("security.istio.io", "v1", "AuthorizationPolicy", "authorizationpolicies");

    private final String group;
    private final String version;
    private final String kind;
    private final String plural;

    ManagedKind(String group, String version, String kind, String plural) {
        this.group = group;
        this.version = version;
        this.kind = kind;
        this.plural = plural;
    }

    String kind() {
        return kind;
    }

    String group() {
        return group;
    }

    static Optional<ManagedKind> of(String kind) {
        return Arrays.stream(values()).filter(k -> k.kind.equals(kind)).findFirst();
    }

    /** The context for listing (and pruning) this kind. */
    ResourceDefinitionContext context() {
        return context(version);
    }

    /** The context for an object written with the given version of this kind's group. */
    ResourceDefinitionContext context(String objectVersion) {
        return new ResourceDefinitionContext.Builder()
                .withGroup(group)
                .withVersion(objectVersion)
                .withKind(kind)
                .withPlural(plural)
                .withNamespaced(true)
                .build();
    }
}
