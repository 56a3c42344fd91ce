package org.portcullis.security;

import org.portcullis.platform.DomainException;

/** The signed-in person lacks the portal role an operation needs. */
public class AccessDeniedException extends DomainException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
