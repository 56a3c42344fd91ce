package org.portcullis.persistence.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.portcullis.core.model.MtlsMode;
import org.portcullis.core.model.Sensitivity;
import org.portcullis.core.model.TrustZoneSpec;

import java.util.Objects;
import java.util.UUID;

@Entity
@Table(name = "trust_zone")
@NamedQuery(name = TrustZone.BY_NAME, query = "SELECT z FROM TrustZone z WHERE z.name = :name")
public class TrustZone {
    public static final String BY_NAME = "TrustZone.byName";

    @Id
    private UUID id;
    @Version
    private long version;
    @Column(nullable = false, unique = true)
    private String name;
    @Column(nullable = false)
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sensitivity sensitivity;
    @Enumerated(EnumType.STRING)
    @Column(name = "mtls_mode", nullable = false)
    private MtlsMode mtlsMode;

    protected TrustZone() {
    }

    public TrustZone(TrustZoneSpec spec) {
        this.id = UUID.randomUUID();
        this.name = spec.name();
        update(spec);
    }

    public void update(TrustZoneSpec spec) {
        this.description = spec.description();
        this.sensitivity = spec.sensitivity();
        this.mtlsMode = spec.mtlsMode();
    }

    public TrustZoneSpec toSpec() {
        return new TrustZoneSpec(name, description, sensitivity, mtlsMode);
    }

    public UUID getId() { return id; }
    public long getVersion() { return version; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public Sensitivity getSensitivity() { return sensitivity; }
    public MtlsMode getMtlsMode() { return mtlsMode; }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrustZone other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
