package org.portcullis.manifests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Issuer and jwksUri of end-user JWTs: from the Keycloak realm's discovery document when sync is configured (so the
 * RequestAuthentication cannot mismatch the realm), otherwise from configuration ({@code PORTCULLIS_JWT_ISSUER},
 * {@code PORTCULLIS_JWT_JWKS_URI}), otherwise the demo realm's addresses; the jwksUri is derived from the issuer the
 * way Keycloak publishes it when not given.
 */
@ApplicationScoped
public class ConfiguredJwtSettings implements JwtSettings {

    public static final String DEMO_ISSUER = "http://127.0.0.1:8180/realms/portcullis";
    static final String KEYCLOAK_CERTS = "/protocol/openid-connect/certs";

    @Inject
    @ConfigProperty(name = "portcullis.jwt.issuer")
    Optional<String> issuer;
    @Inject
    @ConfigProperty(name = "portcullis.jwt.jwks-uri")
    Optional<String> jwksUri;

    @Inject
    org.portcullis.sync.RealmJwtSettings realm;

    /** The realm's own issuer when Keycloak sync is configured and reachable; else configuration; else the demo realm. */
    @Override
    public String issuer() {
        return realm.issuer().or(() -> issuer).orElse(DEMO_ISSUER);
    }

    @Override
    public String jwksUri() {
        return realm.jwksUri().or(() -> jwksUri).orElse(issuer() + KEYCLOAK_CERTS);
    }
}
