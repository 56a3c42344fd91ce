/**
 * The Keycloak sync as pure values: the realm state the approved model asks for ({@link DesiredRealm}), the state
 * read from the realm ({@link CurrentRealm}) and the ordered steps between them ({@link SyncPlanner#plan}).
 *
 * <p>Rules: Portcullis changes or deletes only objects it manages (marked with {@value ManagedObject#MANAGED_ATTRIBUTE});
 * everything else in the realm is reported as {@link Drift} and left alone. A managed object edited by hand is planned
 * back to the model (an update). Role mappings are ours only when both the subject and the role are ours, so
 * Keycloak's default roles are never touched. Planning is idempotent: applying a plan and planning again gives an
 * empty plan, which is what makes a retried, half-applied sync safe. Passwords are never part of the state.
 * A targeted sync ({@link SyncTarget}, {@link SyncScope}) reads and plans only the users, roles and clients that
 * changed since the last synced desired realm, and the mappings between them: its plan is always part of the full
 * plan (never a write the full plan would not make), and all of it when the realm is as it was synced; when the last
 * synced realm is unknown, the whole realm is read.
 * No Keycloak types here: the adapter in {@code org.portcullis.integrations.keycloak} maps them at the edge.
 */
package org.portcullis.core.sync;
