package org.portcullis.persistence.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * An admin chose to adopt the unmanaged realm object {@code objectKey} (e.g. {@code user/mallory}) through change
 * request {@code requestId}. Once that request is applied, the sync takes the object over instead of reporting a name
 * clash ({@code requestId} null: the model already has the object and the admin resolved the name clash). Insert-only; removed when a sync has marked the object managed, or when the request ends without
 * being applied (rejected, withdrawn, failed).
 */
@Entity
@Table(name = "sync_adoption")
public class SyncAdoption {

    @Id
    @Column(name = "object_key", length = 300)
    private String objectKey;
    @Column(name = "request_id")
    private Long requestId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private String actor;

    protected SyncAdoption() {
    }

    public SyncAdoption(String objectKey, Long requestId, String actor, Instant createdAt) {
        this.objectKey = objectKey;
        this.requestId = requestId;
        this.actor = actor;
        this.createdAt = createdAt;
    }

    public String getObjectKey() { return objectKey; }
    public Long getRequestId() { return requestId; }

    @Override
    public boolean equals(Object o) {
        return o instanceof SyncAdoption other && objectKey.equals(other.objectKey);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(objectKey);
    }
}
