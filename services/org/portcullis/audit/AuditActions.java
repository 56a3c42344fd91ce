package org.portcullis.audit;

/** The action names of audit events: stable strings, since auditors filter and export by them. */
public final class AuditActions {
    public static final String SIGN_IN = "signin";
    public static final String SIGN_IN_FAILED = "signin.failed";
    public static final String SIGN_OUT = "signout";
    public static final String REQUEST_SUBMITTED = "request.submitted";
    public static final String REQUEST_APPROVAL = "request.approval";
    public static final String REQUEST_APPROVED = "request.approved";
    public static final String REQUEST_REJECTED = "request.rejected";
    public static final String REQUEST_WITHDRAWN = "request.withdrawn";
    public static final String REQUEST_APPLIED = "request.applied";
    public static final String REQUEST_FAILED = "request.failed";
    public static final String SYNC_SUCCEEDED = "sync.succeeded";
    public static final String SYNC_FAILED = "sync.failed";
    public static final String SYNC_REQUESTED = "sync.requested";
    public static final String SYNC_ADOPTION = "sync.adoption";
    public static final String GRANT_EXPIRED = "grant.expired";
    public static final String INVENTORY_CREATED = "inventory.created";
    public static final String INVENTORY_UPDATED = "inventory.updated";
    public static final String INVENTORY_DELETED = "inventory.deleted";
    public static final String AUDIT_EXPORTED = "audit.exported";
    public static final String AUDIT_VERIFIED = "audit.verified";
    public static final String PUSH_REQUESTED = "push.requested";
    public static final String PUSH_SUCCEEDED = "push.succeeded";
    public static final String PUSH_FAILED = "push.failed";

    private AuditActions() {
    }
}
