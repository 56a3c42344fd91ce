package org.portcullis.core.requests;

import java.time.Instant;

/**
 * One recorded decision on a request. Insert-only.
 *
 * @param asOwner whether the actor decided as owner of a called workload (rather than as security admin)
 */
public record Decision(String actor, Verdict verdict, boolean asOwner, String comment, Instant at) {
    public enum Verdict { APPROVE, REJECT }
}
