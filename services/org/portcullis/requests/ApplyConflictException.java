package org.portcullis.requests;

import org.portcullis.platform.DomainException;

/** An approved item cannot be applied to the inventory as it is now. */
public class ApplyConflictException extends DomainException {
    public ApplyConflictException(String message) {
        super(message);
    }
}
