package org.portcullis.core.requests;

/**
 * Life of a change request: {@code PENDING → APPROVED → APPLIED}, or {@code REJECTED}, {@code WITHDRAWN},
 * {@code FAILED} (approved but could not be applied, e.g. the object changed meanwhile).
 */
public enum RequestState {
    PENDING, APPROVED, APPLIED, REJECTED, WITHDRAWN, FAILED;

    public boolean isOpen() {
        return this == PENDING;
    }
}
