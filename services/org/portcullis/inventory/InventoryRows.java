package org.portcullis.inventory;

import org.portcullis.core.model.DataClassification;
import org.portcullis.core.model.MtlsMode;
import org.portcullis.core.model.Sensitivity;
import org.portcullis.core.model.SubjectKind;

import java.time.Instant;
import java.util.List;

/** Rows and details the inventory facade hands to the UI. */
public final class InventoryRows {
    private InventoryRows() {
    }

    public record Zone(String name, String description, Sensitivity sensitivity, MtlsMode mtlsMode, long workloads) {
    }

    /**
     * A namespace that has workloads or an approved setting (or both).
     *
     * @param configured whether an approved setting exists (otherwise the namespace is enforced by default)
     */
    public record Namespace(String name, long workloads, boolean dryRun, String description, boolean configured) {
    }

    public record Workload(String name, String namespace, String serviceAccount, String zone, Sensitivity sensitivity,
                           DataClassification classification, String owner, String meshIdentity) {
    }

    public record Person(String username, String displayName, String email, boolean enabled) {
    }

    public record Role(String name, String description, long holders) {
    }

    public record Assignment(String role, SubjectKind subjectKind, String subject, Instant expiresAt) {
    }

    public record Permission(String source, String destination, List<String> methods, List<String> paths,
                             List<Integer> ports, String requiredRole, Instant expiresAt, boolean dryRun) {
    }

    public record Grant(String name, String namespace, String workload, List<String> verbs, List<String> apiGroups,
                        List<String> resources, List<String> resourceNames, Instant expiresAt) {
    }

    public record WorkloadDetail(org.portcullis.core.model.WorkloadSpec spec, String meshIdentity,
                                 Sensitivity zoneSensitivity, String ownerName, List<Permission> callers,
                                 List<Permission> callees, List<Assignment> roles, List<Grant> grants) {
    }

    public record Page<T>(List<T> rows, long total) {
    }
}
