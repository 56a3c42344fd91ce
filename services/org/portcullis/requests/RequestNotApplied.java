package org.portcullis.requests;

import org.portcullis.core.requests.RequestState;

/**
 * Fired synchronously, inside the transaction that ended request {@code requestId} without applying it (rejected,
 * withdrawn, or approved but failed to apply). Observers drop what waited for the request, e.g. the Keycloak sync's
 * adoption of a realm object.
 */
public record RequestNotApplied(long requestId, RequestState state) {
}
