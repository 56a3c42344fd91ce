package org.portcullis.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.portcullis.integrations.keycloak.IdentityDirectoryException;
import org.portcullis.integrations.keycloak.RealmEndpoints;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Issuer and JWKS URI of the managed realm, read from its discovery document (so Istio's RequestAuthentication
 * cannot mismatch the tokens Keycloak issues). Cached for ten minutes; a failed read is retried after 30 s. Empty
 * when the sync is off or the realm cannot be reached and nothing was read before.
 */
@ApplicationScoped
public class RealmJwtSettings {

    private static final Logger LOG = Logger.getLogger(RealmJwtSettings.class.getName());
    private static final Duration FRESH = Duration.ofMinutes(10);
    private static final Duration RETRY = Duration.ofSeconds(30);

    @Inject
    KeycloakConnection connection;
    @Inject
    Clock clock;

    private RealmEndpoints endpoints;
    private Instant validUntil = Instant.MIN;
    private String problem;

    public Optional<String> issuer() {
        return endpoints().map(RealmEndpoints::issuer);
    }

    public Optional<String> jwksUri() {
        return endpoints().map(RealmEndpoints::jwksUri);
    }

    /** Why the endpoints are unknown, when the last read failed. */
    public synchronized Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    public synchronized Optional<RealmEndpoints> endpoints() {
        var now = clock.instant();
        if (now.isAfter(validUntil)) {
            var directory = connection.directory();
            if (directory.isEmpty()) {
                return Optional.empty();
            }
            try {
                endpoints = directory.get().endpoints();
                problem = null;
                validUntil = now.plus(FRESH);
            } catch (IdentityDirectoryException e) {
                problem = e.getMessage();
                validUntil = now.plus(RETRY);
                LOG.warning(() -> "Cannot read the realm's discovery document: " + e.getMessage());
            }
        }
        return Optional.ofNullable(endpoints);
    }
}
