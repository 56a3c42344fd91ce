/**
 * The Keycloak sync of the portal: an outbox written in the transaction that applies a request
 * ({@link org.portcullis.sync.SyncOutbox}), a worker that coalesces due work into one run (read realm, plan from the
 * approved model, apply with progress, record the run and an audit event), retries with exponential backoff, and a
 * drift check. Facades: {@link org.portcullis.sync.KeycloakSync} (Sync page), {@link org.portcullis.sync.KeycloakPlans}
 * (the plan an approver sees), {@link org.portcullis.sync.RealmJwtSettings} (issuer and JWKS URI for manifests).
 *
 * <p>Rules: configuration and secrets come from the environment only and are never stored, logged or shown; work rows
 * are marked done only by a run that started after them and succeeded; one run or drift check at a time; nothing is
 * sent when the plan is empty; adoption of a realm object goes through a change request like every other change, and
 * is dropped when that request ends without being applied. A run reads only what changed since this portal's last
 * successful run; the first run, "Sync now", retries, runs after another run and after a drift check that found
 * managed objects to revert read the whole realm (and so revert hand edits everywhere).
 */
package org.portcullis.sync;
