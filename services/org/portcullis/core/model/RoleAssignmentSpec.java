package org.portcullis.core.model;

import java.time.Instant;

/** Role {@code role} granted to a person or workload, optionally until {@code expiresAt} (null: permanent). */
public record RoleAssignmentSpec(String role, SubjectKind subjectKind, String subject, Instant expiresAt) {

    public boolean isExpiredAt(Instant instant) {
        return expiresAt != null && !expiresAt.isAfter(instant);
    }
}
