/**
 * The tamper-evident audit history: a hash chain of {@link org.portcullis.core.audit.AuditRecord}s, its
 * verification and its export. Pure Java: no clock, no database; the caller passes the time in.
 *
 * <h2>Writing</h2>
 * Each event is sealed onto the head of the chain with {@link org.portcullis.core.audit.AuditChain#next}: sequence =
 * head's sequence + 1 (1 for the first), previousHash = head's hash ({@code GENESIS}, 64 zeros, for the first),
 * hash = SHA-256 of the canonical form (documented on {@code AuditChain}). The writer must read the head and append
 * in the same transaction, with a unique constraint on the sequence, so two concurrent writers cannot both append
 * event N (the loser retries). Never take the sequence from a database sequence: rolled-back transactions leave gaps,
 * and a gap reads as a deleted event.
 *
 * <h2>Verifying</h2>
 * {@link org.portcullis.core.audit.ChainVerifier} takes the records one at a time in stored (or exported) order and
 * keeps only the last verified event, the hash before it and one record of look-ahead. Record r is verified when its
 * sequence is the last one + 1, its previousHash is the last hash and its hash matches its canonical form. The first
 * record that fails is judged as follows (L = last verified event, N = L + 1):
 * <ul>
 *   <li><b>INSERTED</b> at r's number when r's number is L or lower: a second event with a number already seen.</li>
 *   <li><b>REORDERED</b> at N when r's number jumps past N and the next record's number is lower than r's: the
 *   events are out of order (a swap in an export, whatever the distance).</li>
 *   <li><b>DELETED</b> at N when r's number jumps past N otherwise: N (to r - 1) is missing.</li>
 *   <li><b>EDITED</b> at N when r is number N and points to L, but its hash does not match its content (any field
 *   changed, including previousHash or hash themselves).</li>
 *   <li>r is number N, its hash matches, but it points elsewhere than L: if the next record points to L, r was
 *   slipped in between: <b>INSERTED</b> at N; otherwise L was changed and its hash recomputed (r still points to
 *   L's original hash): <b>EDITED</b> at L (at N when L was not verified in this run).</li>
 *   <li>r is number N, matches neither its hash nor L: the verifier checks whether r was renumbered. If r points to
 *   the event before L and would match as number L, L was an inserted record and r the original L pushed up:
 *   <b>INSERTED</b> at L. If r would match as N + 1 and the next record would match as N and points to L, the two
 *   swapped their numbers: <b>REORDERED</b> at N. If r would match as N + 1 otherwise, the original N was deleted
 *   and the rest renumbered: <b>DELETED</b> at N. Otherwise: <b>EDITED</b> at N (also what a swap of numbers
 *   between distant events looks like: the content at N is not the content sealed as N).</li>
 *   <li><b>DELETED</b> at L + 1 when the chain ends before a known head (see below): events were cut from its end.
 *   </li>
 *   <li><b>REWRITTEN</b> at a known head's number when the chain has that event, consistent, but with another hash:
 *   the chain was recomputed at or before it.</li>
 * </ul>
 * Verification stops at the first break; {@code Broken.lastIntact} is the newest event before it that verified.
 *
 * <h2>What a chain cannot prove alone</h2>
 * There is no secret in the hash: whoever can write the table can recompute a whole chain, or cut its end. Only a
 * head kept outside the database reveals that. So every export ends with a trailer carrying the head (sequence and
 * hash of its last record), and a later chain is verified against earlier heads
 * ({@code ChainVerifier.fromGenesis(earlierHead)}): the event with that sequence must still have that hash.
 * Forged events appended after the newest head anyone kept are not detectable; keep heads often (each export, or
 * a daily head sent elsewhere).
 *
 * <h2>Exporting</h2>
 * {@link org.portcullis.core.audit.AuditExport} writes CSV (RFC 4180) or JSON one record at a time and ends with the
 * head. Every field is written exactly as hashed, so an export re-verifies on its own. The JSON writer lives here,
 * hand-written, rather than on Jackson outside the core: the records are flat strings and numbers, the escaping is
 * a dozen lines (tested by parsing the output with Jackson), and the whole export stays pure and streaming.
 */
package org.portcullis.core.audit;
