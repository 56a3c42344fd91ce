package org.portcullis.audit;

import org.portcullis.core.audit.ChainHead;

import java.time.Instant;
import java.util.List;

/** What the audit history hands to the UI: plain records, no entities. */
public final class AuditViews {
    private AuditViews() {
    }

    /** One event in the grid (without before/after). */
    public record Row(long sequence, Instant at, String actor, String action, String objectType, String objectName,
                      Long changeRequest) {
    }

    /** One event in full; before/after pretty-printed for reading (the stored text is what is hashed). */
    public record Detail(Row row, String before, String after, String clientAddress, String previousHash,
                         String hash) {
    }

    /**
     * A holder of access at the asked time.
     *
     * @param requestIds the requests that granted and later changed the access, oldest first
     * @param approvers  who approved those requests ("system" for what the portal applied itself), in order
     */
    public record AccessHolder(String subjectKind, String subject, Instant since, Instant expiresAt,
                               List<Long> requestIds, List<String> approvers, String detail) {
        public AccessHolder {
            requestIds = List.copyOf(requestIds);
            approvers = List.copyOf(approvers);
        }
    }

    /**
     * The outcome of one verification of the whole chain.
     *
     * @param brokenAt the first broken event, or null when intact
     * @param kind     how it broke (a {@code Verification.Kind} name), or null
     * @param head     the newest event verified intact
     */
    public record VerificationReport(Instant at, String actor, boolean intact, String summary, Long brokenAt,
                                     String kind, ChainHead head, long count, long millis) {
    }
}
