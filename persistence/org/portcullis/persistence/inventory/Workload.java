package org.portcullis.persistence.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import org.portcullis.core.model.DataClassification;
import org.portcullis.core.model.WorkloadSpec;
import org.portcullis.persistence.StringListConverter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** A machine identity. Its mesh identity is derived from namespace and service account, never stored. */
@Entity
@NamedQuery(name = Workload.BY_NAME, query = "SELECT w FROM Workload w WHERE w.name = :name")
public class Workload {
    public static final String BY_NAME = "Workload.byName";

    @Id
    private UUID id;
    @Version
    private long version;
    @Column(nullable = false, unique = true)
    private String name;
    @Column(nullable = false)
    private String namespace;
    @Column(name = "service_account", nullable = false)
    private String serviceAccount;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "zone_id")
    private TrustZone zone;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DataClassification classification;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private Person owner;
    /** {@code key=value} pairs, comma-separated, sorted by key */
    @Column(nullable = false)
    private String selector;
    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    private List<String> ports;
    @Column(name = "accepts_jwt")
    private boolean acceptsEndUserJwt;

    protected Workload() {
    }

    public Workload(WorkloadSpec spec, TrustZone zone, Person owner) {
        this.id = UUID.randomUUID();
        this.name = spec.name();
        update(spec, zone, owner);
    }

    public void update(WorkloadSpec spec, TrustZone zone, Person owner) {
        this.namespace = spec.namespace();
        this.serviceAccount = spec.serviceAccount();
        this.zone = zone;
        this.classification = spec.classification();
        this.owner = owner;
        this.selector = spec.selector().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
        this.ports = StringListConverter.fromPorts(spec.ports());
        this.acceptsEndUserJwt = spec.acceptsEndUserJwt();
    }

    public WorkloadSpec toSpec() {
        return new WorkloadSpec(name, namespace, serviceAccount, zone.getName(), classification,
                owner.getUsername(), selectorMap(), StringListConverter.toPorts(ports), acceptsEndUserJwt);
    }

    private Map<String, String> selectorMap() {
        Map<String, String> labels = new LinkedHashMap<>();
        if (!selector.isEmpty()) {
            for (String pair : selector.split(",")) {
                int eq = pair.indexOf('=');
                labels.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return labels;
    }

    public UUID getId() { return id; }
    public long getVersion() { return version; }
    public String getName() { return name; }
    public String getNamespace() { return namespace; }
    public String getServiceAccount() { return serviceAccount; }
    public TrustZone getZone() { return zone; }
    public DataClassification getClassification() { return classification; }
    public Person getOwner() { return owner; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Workload other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
