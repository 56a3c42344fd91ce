/**
 * Keycloak as an {@link org.portcullis.integrations.keycloak.IdentityDirectory}: reads a realm into the sync core's
 * records and applies {@link org.portcullis.core.sync.SyncPlan}s to it. Keycloak's {@code *Representation} types stay
 * inside this package. One admin client per directory; close it on shutdown.
 *
 * <p>Rules: never send a password; touch only what a plan says (the planner already keeps to managed objects); treat
 * "already gone" on delete as done, so a retried plan converges; a failure says whether retrying can help.
 */
package org.portcullis.integrations.keycloak;
