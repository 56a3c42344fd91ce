package org.portcullis.requests;

import org.portcullis.core.requests.Decision;
import org.portcullis.core.requests.ObjectKind;
import org.portcullis.core.requests.Operation;
import org.portcullis.core.requests.RequestState;

import java.time.Instant;
import java.util.List;

/** What the requests facade hands to the UI: plain values, no entities. */
public final class RequestViews {

    private RequestViews() {
    }

    public record Summary(long id, String title, String requester, RequestState state, Instant createdAt,
                          int requiredApprovals, long approvals, String waitingFor) {
    }

    public record Item(ObjectKind kind, Operation operation, String key, String before, String after) {
    }

    /**
     * @param mayDecide whether the viewer may approve or reject now; {@code decideReason} says why not (or in which
     *                  capacity they decide)
     */
    public record Detail(Summary summary, long version, String justification, List<String> riskReasons,
                         List<String> ownerApprovers, List<Item> items, List<Decision> decisions, String failure,
                         boolean mayDecide, String decideReason, boolean mayWithdraw) {
    }
}
