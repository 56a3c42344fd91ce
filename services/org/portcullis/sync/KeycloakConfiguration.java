package org.portcullis.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.portcullis.integrations.keycloak.KeycloakSettings;

import java.time.Duration;
import java.util.Optional;

/**
 * Where the managed realm is and how the portal signs in to it: from the environment or system properties only
 * (PORTCULLIS_KEYCLOAK_*), never the database. An empty URL turns the sync off. Secrets leave this class only inside
 * {@link KeycloakSettings}, whose {@code toString()} masks them; {@link #describe()} is what pages and logs show.
 */
@ApplicationScoped
public class KeycloakConfiguration {

    @Inject
    @ConfigProperty(name = "portcullis.keycloak.url")
    Optional<String> url;
    @Inject
    @ConfigProperty(name = "portcullis.keycloak.realm", defaultValue = "portcullis")
    String realm;
    @Inject
    @ConfigProperty(name = "portcullis.keycloak.client.id")
    Optional<String> clientId;
    @Inject
    @ConfigProperty(name = "portcullis.keycloak.client.secret")
    Optional<String> clientSecret;
    @Inject
    @ConfigProperty(name = "portcullis.keycloak.admin.user")
    Optional<String> adminUser;
    @Inject
    @ConfigProperty(name = "portcullis.keycloak.admin.password")
    Optional<String> adminPassword;
    @Inject
    @ConfigProperty(name = "portcullis.keycloak.auth.realm", defaultValue = KeycloakSettings.MASTER)
    String authRealm;
    @Inject
    @ConfigProperty(name = "portcullis.keycloak.poll.seconds", defaultValue = "3")
    long pollSeconds;
    @Inject
    @ConfigProperty(name = "portcullis.keycloak.retry.initial.seconds", defaultValue = "5")
    long retryInitialSeconds;
    @Inject
    @ConfigProperty(name = "portcullis.keycloak.retry.max.seconds", defaultValue = "300")
    long retryMaxSeconds;
    @Inject
    @ConfigProperty(name = "portcullis.keycloak.drift.interval.minutes", defaultValue = "60")
    long driftIntervalMinutes;

    public boolean enabled() {
        return url.filter(u -> !u.isBlank()).isPresent();
    }

    /** The admin connection, or empty when the sync is off; a URL without credentials is a configuration error. */
    public Optional<KeycloakSettings> settings() {
        if (!enabled()) {
            return Optional.empty();
        }
        return Optional.of(new KeycloakSettings(url.orElseThrow().strip(), realm, blankToNull(clientId),
                blankToNull(clientSecret), blankToNull(adminUser), blankToNull(adminPassword), authRealm));
    }

    /** Server, realm and how the portal authenticates, without any secret: for the Sync page and logs. */
    public String describe() {
        if (!enabled()) {
            return "Keycloak sync is off (PORTCULLIS_KEYCLOAK_URL is not set)";
        }
        var how = blankToNull(clientId) != null && blankToNull(clientSecret) != null
                ? "client " + clientId.orElseThrow() : "user " + adminUser.orElse("(none)");
        return "realm " + realm + " at " + url.orElseThrow() + ", as " + how + " of realm " + authRealm;
    }

    public String serverUrl() {
        return url.orElse("");
    }

    public String realm() {
        return realm;
    }

    public Duration pollInterval() {
        return Duration.ofSeconds(Math.max(1, pollSeconds));
    }

    /** Exponential backoff after {@code attempts} failed runs: initial, ×2 each time, capped (5 min by default). */
    public Duration backoff(int attempts) {
        long seconds = retryInitialSeconds;
        for (int i = 1; i < attempts && seconds < retryMaxSeconds; i++) {
            seconds *= 2;
        }
        return Duration.ofSeconds(Math.min(seconds, retryMaxSeconds));
    }

    public Duration driftInterval() {
        return Duration.ofMinutes(Math.max(1, driftIntervalMinutes));
    }

    private static String blankToNull(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).orElse(null);
    }
}
