/**
 * The audit history of the portal: writing it ({@link org.portcullis.audit.AuditTrail}, in the caller's transaction)
 * and reading it ({@link org.portcullis.audit.AuditHistory}, the facade for auditors and security admins).
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>Nothing in the portal updates or deletes an {@code audit_event} row. Reading is plain SQL
 *   ({@link org.portcullis.audit.AuditQueries}), the same statements the benchmark measures.</li>
 *   <li>The free-text filter reads the word index {@code audit_word} ({@link org.portcullis.core.audit.AuditWords},
 *   {@link org.portcullis.audit.AuditSearch}): derived from the events, written by {@code AuditTrail} in the event's
 *   transaction, never hashed, verified or exported; it can be rebuilt from {@code audit_event} (docs/AUDIT.md).</li>
 *   <li>Only security admins and auditors read the history; every facade method checks the caller.</li>
 *   <li>Verification and export stream the chain in sequence order through a forward-only cursor, outside any
 *   transaction, in constant memory; each run adds an event of its own ({@code audit.verified},
 *   {@code audit.exported}, with the outcome, filter and row count), so the history shows who looked and took what.</li>
 *   <li>"Who had access to X at D" is replayed from the inventory events up to D by the pure
 *   {@link org.portcullis.core.audit.AccessAtTime}; approvers come from the request's approval events.</li>
 *   <li>A scheduled job ({@link org.portcullis.audit.ChainWatch}) verifies the chain every
 *   {@code portcullis.audit.verify.interval.minutes} and logs SEVERE when it is broken.</li>
 * </ul>
 */
package org.portcullis.audit;
