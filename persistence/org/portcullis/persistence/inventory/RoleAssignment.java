package org.portcullis.persistence.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.portcullis.core.model.RoleAssignmentSpec;
import org.portcullis.core.model.SubjectKind;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A role granted to exactly one person or one workload, permanently or until {@code expiresAt}. */
@Entity
@Table(name = "role_assignment")
@NamedQuery(name = RoleAssignment.OF_PERSON,
        query = "SELECT a FROM RoleAssignment a WHERE a.person.username = :username")
@NamedQuery(name = RoleAssignment.DUE,
        query = "SELECT a FROM RoleAssignment a WHERE a.expiresAt IS NOT NULL AND a.expiresAt <= :now")
public class RoleAssignment {
    public static final String OF_PERSON = "RoleAssignment.ofPerson";
    public static final String DUE = "RoleAssignment.due";

    @Id
    private UUID id;
    @Version
    private long version;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "role_id")
    private Role role;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "workload_id")
    private Workload workload;
    @Column(name = "expires_at")
    private Instant expiresAt;

    protected RoleAssignment() {
    }

    public static RoleAssignment toPerson(Role role, Person person, Instant expiresAt) {
        var assignment = new RoleAssignment(role, expiresAt);
        assignment.person = person;
        return assignment;
    }

    public static RoleAssignment toWorkload(Role role, Workload workload, Instant expiresAt) {
        var assignment = new RoleAssignment(role, expiresAt);
        assignment.workload = workload;
        return assignment;
    }

    private RoleAssignment(Role role, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.role = role;
        this.expiresAt = expiresAt;
    }

    public void setExpiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
    }

    public RoleAssignmentSpec toSpec() {
        return person != null
                ? new RoleAssignmentSpec(role.getName(), SubjectKind.PERSON, person.getUsername(), expiresAt)
                : new RoleAssignmentSpec(role.getName(), SubjectKind.WORKLOAD, workload.getName(), expiresAt);
    }

    public UUID getId() { return id; }
    public long getVersion() { return version; }
    public Role getRole() { return role; }
    public Person getPerson() { return person; }
    public Workload getWorkload() { return workload; }
    public Instant getExpiresAt() { return expiresAt; }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoleAssignment other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
