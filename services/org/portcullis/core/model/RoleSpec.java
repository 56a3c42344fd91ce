package org.portcullis.core.model;

/** A role that can be granted to people and workloads. The portal's own roles are roles too. */
public record RoleSpec(String name, String description) {
    public static final String SECURITY_ADMIN = "security-admin";
    public static final String AUDITOR = "auditor";

    public RoleSpec {
        description = description == null ? "" : description;
    }
}
