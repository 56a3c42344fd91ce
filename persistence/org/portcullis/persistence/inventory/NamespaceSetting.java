package org.portcullis.persistence.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.portcullis.core.model.NamespaceSpec;

import java.util.Objects;
import java.util.UUID;

/** The approved rollout setting of one Kubernetes namespace (see {@link NamespaceSpec}). */
@Entity
@Table(name = "namespace_setting")
@NamedQuery(name = NamespaceSetting.BY_NAME, query = "SELECT n FROM NamespaceSetting n WHERE n.name = :name")
@NamedQuery(name = NamespaceSetting.ALL, query = "SELECT n FROM NamespaceSetting n ORDER BY n.name")
public class NamespaceSetting {
    public static final String BY_NAME = "NamespaceSetting.byName";
    public static final String ALL = "NamespaceSetting.all";

    @Id
    private UUID id;
    @Version
    private long version;
    @Column(nullable = false, unique = true)
    private String name;
    @Column(nullable = false)
    private String description;
    @Column(name = "dry_run", nullable = false)
    private boolean dryRun;

    protected NamespaceSetting() {
    }

    public NamespaceSetting(NamespaceSpec spec) {
        this.id = UUID.randomUUID();
        this.name = spec.name();
        update(spec);
    }

    public void update(NamespaceSpec spec) {
        this.description = spec.description();
        this.dryRun = spec.dryRun();
    }

    public NamespaceSpec toSpec() {
        return new NamespaceSpec(name, description, dryRun);
    }

    public UUID getId() { return id; }
    public long getVersion() { return version; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public boolean isDryRun() { return dryRun; }

    @Override
    public boolean equals(Object o) {
        return o instanceof NamespaceSetting other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
