package org.portcullis.integrations.kubernetes;

/**
 * The cluster refused or could not be reached. Objects applied before the failure stay applied; the caller retries
 * the whole (idempotent) apply later.
 */
public class ApplyFailedException extends RuntimeException {

    ApplyFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
