/**
 * Push after approval: the transactional outbox ({@link org.portcullis.push.PushOutbox}), the worker that delivers
 * it ({@link org.portcullis.push.PushWorker}) and the status facade ({@link org.portcullis.push.PushRuns}).
 *
 * <p>Rules:
 * <ul>
 * <li>Nothing approved is lost: push work is written in the transaction that applied the request, and stays open
 *     until a push to every configured target succeeded; it survives restarts.</li>
 * <li>A push always delivers the whole current bundle, so one push covers all open work (coalescing) and a retry is
 *     idempotent.</li>
 * <li>An invalid bundle is never pushed: the run fails with the validation problems, and the work stays open.</li>
 * <li>Failures are retried with exponential backoff (5 s doubling up to 5 min by default); new work is tried at once.</li>
 * <li>Every run is recorded (push_run) and audited ({@code push.succeeded} / {@code push.failed}) with commit id and
 *     counts; commit messages name the requests and their approvers.</li>
 * <li>Targets and credentials come from configuration only; pages show the remote without credentials.</li>
 * </ul>
 */
package org.portcullis.push;
