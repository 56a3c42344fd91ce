package org.portcullis.integrations.keycloak;

/** What Istio's RequestAuthentication needs, taken from the realm's discovery document so it cannot mismatch. */
public record RealmEndpoints(String issuer, String jwksUri) {
}
