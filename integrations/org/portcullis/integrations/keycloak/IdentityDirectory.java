package org.portcullis.integrations.keycloak;

import org.portcullis.core.sync.CurrentRealm;
import org.portcullis.core.sync.SyncPlan;
import org.portcullis.core.sync.SyncScope;

/**
 * An identity provider realm the sync writes to. Typical use: {@code plan = SyncPlanner.plan(desired, read());}
 * show it, then {@code apply(plan, listener)}; on a retryable failure read and plan again later.
 */
public interface IdentityDirectory extends AutoCloseable {

    /** The realm as it is now: users, realm roles, clients (without the provider's built-ins) and role mappings. */
    CurrentRealm read();

    /**
     * Only the users, roles and clients named by {@code scope} (those that exist, minus the provider's built-ins) and
     * at least the role mappings between them: what a targeted sync plans with
     * {@code SyncPlanner.plan(desired, current, adopt, scope)}. Costs requests per object in scope, not per realm.
     */
    CurrentRealm read(SyncScope scope);

    /**
     * Applies the steps in order. Stops at the first failure with an {@link IdentityDirectoryException}; steps
     * applied before it stay applied.
     */
    void apply(SyncPlan plan, ProgressListener progress);

    /** Issuer and JWKS URI of the realm, from its discovery document. */
    RealmEndpoints endpoints();

    @Override
    default void close() {
    }
}
