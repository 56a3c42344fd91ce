package org.portcullis.core.manifests;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the compiler needs besides the model.
 *
 * @param now              permissions and grants with {@code expiresAt <= now} are not emitted
 * @param trustDomain      the mesh trust domain of the principals ({@code cluster.local} by default)
 * @param jwtIssuer        issuer of end-user JWTs (later: taken from the Keycloak realm); required only when a
 *                         workload accepts end-user JWTs
 * @param jwksUri          where the issuer's signing keys are published
 * @param rolesClaimPath   the path of the roles claim inside the JWT, default {@code realm_access.roles}
 * Which namespaces are in dry-run is part of the model ({@link org.portcullis.core.model.NamespaceSpec}), not of the
 * options: it is approved through change requests like everything else.
 */
public record CompilerOptions(Instant now, String trustDomain, String jwtIssuer, String jwksUri,
                              List<String> rolesClaimPath) {

    public static final List<String> KEYCLOAK_REALM_ROLES = List.of("realm_access", "roles");

    public CompilerOptions {
        Objects.requireNonNull(now, "now");
        trustDomain = trustDomain == null || trustDomain.isBlank() ? "cluster.local" : trustDomain;
        rolesClaimPath = rolesClaimPath == null || rolesClaimPath.isEmpty()
                ? KEYCLOAK_REALM_ROLES : List.copyOf(rolesClaimPath);
    }

    public static CompilerOptions at(Instant now) {
        return new CompilerOptions(now, null, null, null, null);
    }

    public CompilerOptions withJwt(String issuer, String keysUri) {
        return new CompilerOptions(now, trustDomain, issuer, keysUri, rolesClaimPath);
    }

    public CompilerOptions withTrustDomain(String domain) {
        return new CompilerOptions(now, domain, jwtIssuer, jwksUri, rolesClaimPath);
    }

    /** The roles claim as a dotted path, e.g. {@code "realm_access.roles"} or {@code "roles"}. */
    public CompilerOptions withRolesClaim(String dottedPath) {
        return new CompilerOptions(now, trustDomain, jwtIssuer, jwksUri, List.of(dottedPath.split("\\.")));
    }

    /** The roles claim in Istio's nested-claim syntax: {@code request.auth.claims[realm_access][roles]}. */
    public String rolesClaimKey() {
        return rolesClaimPath.stream().map(part -> "[" + part + "]")
                .collect(Collectors.joining("", "request.auth.claims", ""));
    }
}
