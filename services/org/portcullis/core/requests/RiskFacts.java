package org.portcullis.core.requests;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a request touches, as far as the approval rules care. Collected by the requests facade from the inventory.
 *
 * @param highZones          names of HIGH-sensitivity zones touched
 * @param piiWorkloads       names of PII-classified workloads touched
 * @param securityAdminRole  whether the security-admin role is granted, revoked or changed
 * @param destinationOwners  owners of the destination workloads of service permissions in the request
 */
public record RiskFacts(Set<String> highZones, Set<String> piiWorkloads, boolean securityAdminRole,
                        Set<String> destinationOwners) {
    public RiskFacts {
        highZones = Set.copyOf(highZones);
        piiWorkloads = Set.copyOf(piiWorkloads);
        destinationOwners = Set.copyOf(destinationOwners);
    }

    public static RiskFacts none() {
        return new RiskFacts(Set.of(), Set.of(), false, Set.of());
    }

    public boolean isHighRisk() {
        return !highZones.isEmpty() || !piiWorkloads.isEmpty() || securityAdminRole;
    }

    /** Human-readable reasons why two approvers are needed, sorted. */
    public List<String> reasons() {
        var reasons = new java.util.ArrayList<String>();
        new TreeSet<>(highZones).forEach(z -> reasons.add("touches HIGH-sensitivity zone " + z));
        new TreeSet<>(piiWorkloads).forEach(w -> reasons.add("touches PII workload " + w));
        if (securityAdminRole) {
            reasons.add("changes who holds the security-admin role");
        }
        return List.copyOf(reasons);
    }
}
