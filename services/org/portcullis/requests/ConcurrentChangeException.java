package org.portcullis.requests;

import org.portcullis.platform.DomainException;

/** Someone else decided on the same request first; the caller's view is stale. */
public class ConcurrentChangeException extends DomainException {
    public ConcurrentChangeException(String message) {
        super(message);
    }
}
