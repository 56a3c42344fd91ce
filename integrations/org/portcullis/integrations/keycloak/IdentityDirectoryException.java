package org.portcullis.integrations.keycloak;

/**
 * Reading or applying failed. {@link #retryable()} says whether trying again can help (the directory was unreachable
 * or overloaded, or changed under us); a retry re-reads, re-plans and applies again, which converges because
 * planning is idempotent. Not retryable: bad credentials, a missing realm, a request the server rejects.
 */
public class IdentityDirectoryException extends RuntimeException {

    private final boolean retryable;
    private final int appliedSteps;

    public IdentityDirectoryException(String message, boolean retryable, int appliedSteps, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.appliedSteps = appliedSteps;
    }

    public boolean retryable() {
        return retryable;
    }

    /** How many steps of the plan were applied before the failure (they stay applied). */
    public int appliedSteps() {
        return appliedSteps;
    }
}
