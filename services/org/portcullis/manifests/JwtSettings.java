package org.portcullis.manifests;

/**
 * Where end-user JWTs come from, for the {@code RequestAuthentication} manifests. The default ({@link
 * ConfiguredJwtSettings}) reads configuration; an implementation backed by the Keycloak realm's discovery document
 * can replace it (as an {@code @Alternative} with a priority), so that issuer and jwksUri cannot mismatch the realm.
 */
public interface JwtSettings {

    /** The {@code iss} of the realm's tokens, e.g. {@code http://127.0.0.1:8180/realms/portcullis}. */
    String issuer();

    /** Where the realm publishes its signing keys, e.g. {@code <issuer>/protocol/openid-connect/certs}. */
    String jwksUri();
}
