package org.portcullis.persistence.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.portcullis.core.model.RoleSpec;

import java.util.Objects;
import java.util.UUID;

@Entity
@Table(name = "portal_role")
@NamedQuery(name = Role.BY_NAME, query = "SELECT r FROM Role r WHERE r.name = :name")
public class Role {
    public static final String BY_NAME = "Role.byName";

    @Id
    private UUID id;
    @Version
    private long version;
    @Column(nullable = false, unique = true)
    private String name;
    @Column(nullable = false)
    private String description;

    protected Role() {
    }

    public Role(RoleSpec spec) {
        this.id = UUID.randomUUID();
        this.name = spec.name();
        update(spec);
    }

    public void update(RoleSpec spec) {
        this.description = spec.description();
    }

    public RoleSpec toSpec() {
        return new RoleSpec(name, description);
    }

    public UUID getId() { return id; }
    public long getVersion() { return version; }
    public String getName() { return name; }
    public String getDescription() { return description; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Role other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
