package org.portcullis.integrations.keycloak;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.portcullis.core.sync.CurrentRealm;
import org.portcullis.core.sync.ManagedObject;
import org.portcullis.core.sync.RealmClient;
import org.portcullis.core.sync.RealmRole;
import org.portcullis.core.sync.RealmUser;
import org.portcullis.core.sync.RoleMapping;
import org.portcullis.core.sync.SyncAction;
import org.portcullis.core.sync.SyncPlan;
import org.portcullis.core.sync.SyncScope;
import org.portcullis.core.sync.SyncStep;

/**
 * A realm in memory, for fast tests of whatever drives the sync. Behaves like Keycloak where it matters: deleting a
 * user, client or role drops its mappings, deleting what is gone is fine, and {@link #failAfterWrites(int)}
 * simulates the server going away in the middle of a plan.
 */
public final class InMemoryDirectory implements IdentityDirectory {

    private final Map<String, ManagedObject> objects = new LinkedHashMap<>();
    private final Set<RoleMapping> mappings = new HashSet<>();
    private final RealmEndpoints endpoints;
    private final AtomicInteger writes = new AtomicInteger();
    private final AtomicInteger reads = new AtomicInteger();
    private int writesUntilFailure = -1;

    public InMemoryDirectory(String issuer) {
        this.endpoints = new RealmEndpoints(issuer, issuer + "/protocol/openid-connect/certs");
    }

    /** Puts an object into the realm as if someone had created or edited it by hand. */
    public synchronized InMemoryDirectory put(ManagedObject object) {
        objects.put(object.key(), object);
        return this;
    }

    public synchronized InMemoryDirectory put(RoleMapping mapping) {
        mappings.add(mapping);
        return this;
    }

    /** The next {@code writes} steps succeed, then every write fails as unreachable until this is reset to -1. */
    public synchronized void failAfterWrites(int writes) {
        this.writesUntilFailure = writes;
    }

    public int writeCount() {
        return writes.get();
    }

    @Override
    public synchronized CurrentRealm read() {
        return new CurrentRealm(
                objects.values().stream().filter(RealmUser.class::isInstance).map(RealmUser.class::cast).toList(),
                objects.values().stream().filter(RealmRole.class::isInstance).map(RealmRole.class::cast).toList(),
                objects.values().stream().filter(RealmClient.class::isInstance).map(RealmClient.class::cast).toList(),
                mappings);
    }

    /** Counts as one read per object in scope (see {@link #readCount()}). */
    @Override
    public synchronized CurrentRealm read(SyncScope scope) {
        reads.addAndGet(scope.size());
        CurrentRealm all = read();
        return new CurrentRealm(all.users().stream().filter(scope::covers).toList(),
                all.roles().stream().filter(scope::covers).toList(),
                all.clients().stream().filter(scope::covers).toList(),
                Set.copyOf(all.mappings().stream().filter(scope::covers).toList()));
    }

    /** Objects read by scoped reads so far (whole-realm reads not counted). */
    public int readCount() {
        return reads.get();
    }

    @Override
    public synchronized void apply(SyncPlan plan, ProgressListener progress) {
        int done = 0;
        for (SyncStep step : plan.steps()) {
            if (writesUntilFailure == 0) {
                throw new IdentityDirectoryException("in-memory directory unreachable at step " + (done + 1) + " of "
                        + plan.steps().size() + " (" + step + "); re-plan and apply again", true, done, null);
            }
            if (writesUntilFailure > 0) {
                writesUntilFailure--;
            }
            applyStep(step);
            writes.incrementAndGet();
            progress.stepApplied(step, ++done, plan.steps().size());
        }
    }

    private void applyStep(SyncStep step) {
        switch (step.target()) {
            case RoleMapping mapping -> {
                if (step.action() == SyncAction.DELETE) {
                    mappings.remove(mapping);
                } else {
                    mappings.add(mapping);
                }
            }
            case ManagedObject object -> {
                if (step.action() == SyncAction.DELETE) {
                    objects.remove(object.key());
                    mappings.removeIf(mapping -> mapping.subjectKey().equals(object.key())
                            || object instanceof RealmRole role && mapping.role().equals(role.name()));
                } else {
                    objects.put(object.key(), object);
                }
            }
        }
    }

    @Override
    public RealmEndpoints endpoints() {
        return endpoints;
    }
}
