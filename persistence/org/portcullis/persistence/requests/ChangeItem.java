package org.portcullis.persistence.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.portcullis.core.requests.ObjectKind;
import org.portcullis.core.requests.Operation;

import java.util.Objects;
import java.util.UUID;

/** One create, update or delete inside a change request, with the object as it was and as it shall be (JSON). */
@Entity
@Table(name = "change_item")
public class ChangeItem {

    @Id
    private UUID id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private ChangeRequest request;
    private int position;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ObjectKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Operation operation;
    @Column(name = "object_key", nullable = false)
    private String objectKey;
    @Column(name = "before_json")
    private String beforeJson;
    @Column(name = "after_json")
    private String afterJson;

    protected ChangeItem() {
    }

    public ChangeItem(ObjectKind kind, Operation operation, String objectKey, String beforeJson, String afterJson) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.operation = operation;
        this.objectKey = objectKey;
        this.beforeJson = beforeJson;
        this.afterJson = afterJson;
    }

    void attachTo(ChangeRequest request, int position) {
        this.request = request;
        this.position = position;
    }

    public UUID getId() { return id; }
    public ChangeRequest getRequest() { return request; }
    public int getPosition() { return position; }
    public ObjectKind getKind() { return kind; }
    public Operation getOperation() { return operation; }
    public String getObjectKey() { return objectKey; }
    public String getBeforeJson() { return beforeJson; }
    public String getAfterJson() { return afterJson; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChangeItem other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
