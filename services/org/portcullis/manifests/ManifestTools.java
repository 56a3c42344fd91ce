package org.portcullis.manifests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * One validator and one writer per application: reading and compiling the schemas takes about two seconds. Both are
 * immutable and thread-safe; they are final classes, hence {@code @Singleton} (no client proxy) rather than
 * {@code @ApplicationScoped}.
 */
@ApplicationScoped
public class ManifestTools {

    private static final Logger LOG = Logger.getLogger(ManifestTools.class.getName());

    @Inject
    @ConfigProperty(name = ManifestValidator.SCHEMAS_PROPERTY, defaultValue = "../shared/schemas")
    String schemas;

    @Produces
    @Singleton
    ManifestValidator validator() {
        var validator = new ManifestValidator(Path.of(schemas));
        LOG.info(() -> "Manifest schemas from " + schemas + " loaded in " + validator.loadTime().toMillis() + " ms");
        return validator;
    }

    @Produces
    @Singleton
    ManifestWriter writer() {
        return new ManifestWriter();
    }
}
