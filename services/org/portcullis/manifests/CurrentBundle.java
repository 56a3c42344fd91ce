package org.portcullis.manifests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.portcullis.core.manifests.CompilerOptions;
import org.portcullis.core.manifests.Manifest;
import org.portcullis.core.manifests.PolicyCompiler;
import org.portcullis.core.model.PolicyModel;
import org.portcullis.core.requests.RequestState;
import org.portcullis.inventory.PolicySnapshots;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The bundle of the approved model, compiled, written and validated once per model version and kept in memory (about
 * 6 s of compile + YAML at 10,000 workloads, so views and plans must not redo it). The version is a fingerprint of the
 * applied requests (their count and the sum of their ids): every inventory change is an applied request, so a new
 * fingerprint means a new model. No authorization: callers are facades and the push worker.
 */
@ApplicationScoped
@Transactional
public class CurrentBundle {

    /** The approved model and its bundle, for one fingerprint. */
    public record Compiled(String fingerprint, PolicyModel model, CompilerOptions options, ManifestSet bundle) {
    }

    @PersistenceContext(unitName = "portcullis")
    EntityManager em;
    @Inject
    PolicySnapshots snapshots;
    @Inject
    ManifestValidator validator;
    @Inject
    ManifestWriter writer;
    @Inject
    JwtSettings jwt;
    @Inject
    Clock clock;

    private volatile Compiled cached;

    public ManifestSet bundle() {
        return compiled().bundle();
    }

    /** The cached compilation, recompiled first if the approved model changed since. */
    public Compiled compiled() {
        var fingerprint = fingerprint();
        var current = cached;
        if (current != null && current.fingerprint().equals(fingerprint)) {
            return current;
        }
        synchronized (this) {
            current = cached;
            if (current == null || !current.fingerprint().equals(fingerprint)) {
                current = compile(fingerprint, snapshots.current());
                cached = current;
            }
            return current;
        }
    }

    /** Compiler options for now: trust domain default, issuer and jwksUri from {@link JwtSettings}. */
    public CompilerOptions options() {
        return CompilerOptions.at(clock.instant()).withJwt(jwt.issuer(), jwt.jwksUri());
    }

    private Compiled compile(String fingerprint, PolicyModel model) {
        long start = System.nanoTime();
        var options = options();
        List<Manifest> manifests;
        List<ManifestProblem> problems;
        try {
            manifests = writer.writeAll(PolicyCompiler.compile(model, options));
            problems = validator.validateAll(manifests);
        } catch (IllegalArgumentException e) {
            manifests = List.of();
            problems = List.of(new ManifestProblem("model", "$", "cannot compile: " + e.getMessage()));
        }
        var set = new ManifestSet(fingerprint, options.now(), manifests, problems,
                Duration.ofNanos(System.nanoTime() - start));
        return new Compiled(fingerprint, model, options, set);
    }

    String fingerprint() {
        return snapshots.fingerprint();
    }
}
