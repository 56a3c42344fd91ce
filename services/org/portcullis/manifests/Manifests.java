package org.portcullis.manifests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.portcullis.core.manifests.Manifest;
import org.portcullis.core.requests.ModelEdits;
import org.portcullis.core.requests.RequestState;
import org.portcullis.persistence.requests.ChangeRequest;
import org.portcullis.requests.SpecJson;
import org.portcullis.security.CurrentUser;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The manifests the approved model compiles to, and the manifest plan of a pending request. Everyone signed in may
 * read them (they hold no secrets: the JWT issuer and jwksUri are public addresses).
 */
@ApplicationScoped
@Transactional
public class Manifests {

    /** One object as the manifests view lists it. */
    public record ObjectRow(String kind, String name, String path, String yaml, List<ManifestProblem> problems) {
    }

    @PersistenceContext(unitName = "portcullis")
    EntityManager em;
    @Inject
    CurrentBundle current;
    @Inject
    ManifestValidator validator;
    @Inject
    ManifestWriter writer;
    @Inject
    CurrentUser currentUser;
    @Inject
    org.portcullis.inventory.PolicySnapshots snapshots;

    public ManifestSet bundle() {
        currentUser.require();
        return current.bundle();
    }

    public List<String> namespaces() {
        return List.copyOf(bundle().namespaces());
    }

    /** Whether the approved model rolls the namespace's authorization policies out in Istio dry-run. */
    public boolean isDryRun(String namespace) {
        currentUser.require();
        return current.compiled().model().dryRunNamespaces().contains(namespace);
    }

    public List<ObjectRow> objects(String namespace) {
        var bundle = bundle();
        return bundle.inNamespace(namespace).stream()
                .map(m -> new ObjectRow(m.kind(), m.name(), m.path(), m.yaml(), bundle.problemsOf(m)))
                .toList();
    }

    /** The whole bundle as a zip, one file per object at {@link Manifest#path()}; stream left open. */
    public void writeZip(OutputStream out) throws IOException {
        ManifestBundle.zip(bundle().manifests(), out);
    }

    /**
     * What approving pending request {@code requestId} would change in the manifests. Only the namespaces the
     * request touches are compiled (see {@link ManifestPlanner}), against the cached approved model.
     */
    public ManifestPlan plan(long requestId) {
        currentUser.require();
        var request = em.find(ChangeRequest.class, requestId);
        if (request == null) {
            return ManifestPlan.unavailable(requestId, "No such request.");
        }
        if (request.getState() != RequestState.PENDING) {
            return ManifestPlan.unavailable(requestId, "Only pending requests have a manifest plan; the manifests of "
                    + "applied changes are on the Manifests page.");
        }
        var edits = request.getItems().stream().map(item -> new ModelEdits.Edit(item.getOperation(),
                SpecJson.read(item.getKind(), item.getBeforeJson()), SpecJson.read(item.getKind(), item.getAfterJson())))
                .toList();
        // the approved model (cached per fingerprint), not the compiled bundle: a plan compiles only what it touches
        return new ManifestPlanner(writer, validator).plan(requestId, snapshots.current(), edits, current.options());
    }
}
