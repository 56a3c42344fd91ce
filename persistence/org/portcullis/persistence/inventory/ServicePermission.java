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
import org.portcullis.core.model.ServicePermissionSpec;
import org.portcullis.persistence.StringListConverter;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Source workload may call destination workload with the listed operations. */
@Entity
@Table(name = "service_permission")
@NamedQuery(name = ServicePermission.BY_ENDS, query = "SELECT p FROM ServicePermission p"
        + " WHERE p.source.name = :source AND p.destination.name = :destination")
@NamedQuery(name = ServicePermission.DUE,
        query = "SELECT p FROM ServicePermission p WHERE p.expiresAt IS NOT NULL AND p.expiresAt <= :now")
public class ServicePermission {
    public static final String BY_ENDS = "ServicePermission.byEnds";
    public static final String DUE = "ServicePermission.due";

    @Id
    private UUID id;
    @Version
    private long version;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    private Workload source;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "destination_id")
    private Workload destination;
    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    private List<String> methods;
    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    private List<String> paths;
    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    private List<String> ports;
    @Column(name = "required_role")
    private String requiredRole;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "dry_run")
    private boolean dryRun;

    protected ServicePermission() {
    }

    public ServicePermission(ServicePermissionSpec spec, Workload source, Workload destination) {
        this.id = UUID.randomUUID();
        this.source = source;
        this.destination = destination;
        update(spec);
    }

    public void update(ServicePermissionSpec spec) {
        this.methods = spec.methods();
        this.paths = spec.paths();
        this.ports = StringListConverter.fromPorts(spec.ports());
        this.requiredRole = spec.requiredRole();
        this.expiresAt = spec.expiresAt();
        this.dryRun = spec.dryRun();
    }

    public ServicePermissionSpec toSpec() {
        return new ServicePermissionSpec(source.getName(), destination.getName(), methods, paths,
                StringListConverter.toPorts(ports), requiredRole, expiresAt, dryRun);
    }

    public UUID getId() { return id; }
    public long getVersion() { return version; }
    public Workload getSource() { return source; }
    public Workload getDestination() { return destination; }
    public Instant getExpiresAt() { return expiresAt; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServicePermission other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
