package org.portcullis.persistence.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.portcullis.core.model.ClusterAccessGrantSpec;
import org.portcullis.persistence.StringListConverter;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Kubernetes API access for a workload's service account, compiled to a Role and a RoleBinding. */
@Entity
@Table(name = "cluster_access_grant")
@NamedQuery(name = ClusterAccessGrant.BY_NAME,
        query = "SELECT g FROM ClusterAccessGrant g WHERE g.namespace = :namespace AND g.name = :name")
@NamedQuery(name = ClusterAccessGrant.DUE,
        query = "SELECT g FROM ClusterAccessGrant g WHERE g.expiresAt IS NOT NULL AND g.expiresAt <= :now")
public class ClusterAccessGrant {
    public static final String BY_NAME = "ClusterAccessGrant.byName";
    public static final String DUE = "ClusterAccessGrant.due";

    @Id
    private UUID id;
    @Version
    private long version;
    @Column(nullable = false)
    private String name;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "workload_id")
    private Workload workload;
    @Column(nullable = false)
    private String namespace;
    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    private List<String> verbs;
    @Convert(converter = StringListConverter.class)
    @Column(name = "api_groups", nullable = false)
    private List<String> apiGroups;
    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    private List<String> resources;
    @Convert(converter = StringListConverter.class)
    @Column(name = "resource_names", nullable = false)
    private List<String> resourceNames;
    @Column(name = "expires_at")
    private Instant expiresAt;

    protected ClusterAccessGrant() {
    }

    public ClusterAccessGrant(ClusterAccessGrantSpec spec, Workload workload) {
        this.id = UUID.randomUUID();
        this.name = spec.name();
        this.namespace = spec.namespace();
        update(spec, workload);
    }

    public void update(ClusterAccessGrantSpec spec, Workload workload) {
        this.workload = workload;
        this.verbs = spec.verbs();
        // the core API group is the empty string, which a comma list cannot hold on its own: store it as "core"
        this.apiGroups = spec.apiGroups().stream().map(g -> g.isEmpty() ? "core" : g).toList();
        this.resources = spec.resources();
        this.resourceNames = spec.resourceNames();
        this.expiresAt = spec.expiresAt();
    }

    public ClusterAccessGrantSpec toSpec() {
        return new ClusterAccessGrantSpec(name, workload.getName(), namespace, verbs,
                apiGroups.stream().map(g -> g.equals("core") ? "" : g).toList(), resources, resourceNames, expiresAt);
    }

    public UUID getId() { return id; }
    public long getVersion() { return version; }
    public String getName() { return name; }
    public String getNamespace() { return namespace; }
    public Workload getWorkload() { return workload; }
    public Instant getExpiresAt() { return expiresAt; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClusterAccessGrant other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
