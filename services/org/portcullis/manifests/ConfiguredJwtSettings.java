package org.portcullis.manifests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Issuer and jwksUri from configuration ({@code PORTCULLIS_JWT_ISSUER}, {@code PORTCULLIS_JWT_JWKS_URI}); the demo
 * realm's addresses when unset, and the jwksUri derived from the issuer the way Keycloak publishes it.
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

    @Override
    public String issuer() {
        return issuer.orElse(DEMO_ISSUER);
    }

    @Override
    public String jwksUri() {
        return jwksUri.orElse(issuer() + KEYCLOAK_CERTS);
    }
}
