package org.portcullis.requests;

/**
 * Fired synchronously, inside the transaction that applied request {@code requestId} to the inventory. Observers that
 * must not lose the change (the Keycloak sync and manifest push outboxes) write their work rows in that same
 * transaction: the change and the work to propagate it commit together or not at all.
 */
public record InventoryChanged(long requestId, String actor) {
}
