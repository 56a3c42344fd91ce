package org.portcullis.core.requests;

import java.util.List;
import java.util.Set;

/**
 * What a request needs before it can be applied.
 *
 * @param securityApprovals distinct security admins who must approve (1, or 2 for high-risk requests)
 * @param ownerApprovers    workload owners who must approve first (owners of called workloads, minus the requester)
 * @param reasons           why, in words an approver understands
 */
public record ApprovalRequirement(int securityApprovals, Set<String> ownerApprovers, List<String> reasons) {
    public ApprovalRequirement {
        ownerApprovers = Set.copyOf(ownerApprovers);
        reasons = List.copyOf(reasons);
    }
}
