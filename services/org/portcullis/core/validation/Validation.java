package org.portcullis.core.validation;

import org.portcullis.core.model.*;

import java.time.Instant;

public final class Validation {
    private Validation() {
    }

    public static Violations of(TrustZoneSpec spec) { return new Violations(); }
    public static Violations of(WorkloadSpec spec) { return new Violations(); }
    public static Violations of(PersonSpec spec) { return new Violations(); }
    public static Violations of(RoleSpec spec) { return new Violations(); }
    public static Violations of(RoleAssignmentSpec spec, Instant now) { return new Violations(); }
    public static Violations of(ServicePermissionSpec spec, Instant now) { return new Violations(); }
    public static Violations of(ClusterAccessGrantSpec spec, Instant now) { return new Violations(); }
}
