package org.portcullis.sync;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.portcullis.integrations.keycloak.IdentityDirectory;
import org.portcullis.integrations.keycloak.KeycloakDirectory;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * The application's one {@link KeycloakDirectory}: created on first use from {@link KeycloakConfiguration}, closed
 * on shutdown. Holds the admin client's token and the realm's id cache, so there is never a second one.
 */
@ApplicationScoped
public class KeycloakConnection {

    private static final Logger LOG = Logger.getLogger(KeycloakConnection.class.getName());

    @Inject
    KeycloakConfiguration configuration;

    private KeycloakDirectory directory;

    /** Empty when the sync is off. */
    public synchronized Optional<IdentityDirectory> directory() {
        if (directory == null) {
            var settings = configuration.settings();
            if (settings.isEmpty()) {
                return Optional.empty();
            }
            directory = new KeycloakDirectory(settings.get());
            LOG.info(() -> "Keycloak sync: " + configuration.describe());
        }
        return Optional.of(directory);
    }

    /** HTTP requests sent so far (token requests included), for the run records. */
    public synchronized long requestCount() {
        return directory == null ? 0 : directory.requestCount();
    }

    /** Requests so far that changed the realm. */
    public synchronized long writeCount() {
        return directory == null ? 0 : directory.writeCount();
    }

    @PreDestroy
    synchronized void close() {
        if (directory != null) {
            directory.close();
            directory = null;
        }
    }
}
