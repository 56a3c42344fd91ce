package org.portcullis.core.model;

/**
 * A trust boundary. Every workload sits in exactly one zone; the zone's sensitivity drives the approval rules and its
 * mTLS mode the PeerAuthentication of the namespaces its workloads run in.
 */
public record TrustZoneSpec(String name, String description, Sensitivity sensitivity, MtlsMode mtlsMode) {
    public TrustZoneSpec {
        description = description == null ? "" : description;
        mtlsMode = mtlsMode == null ? MtlsMode.STRICT : mtlsMode;
    }
}
