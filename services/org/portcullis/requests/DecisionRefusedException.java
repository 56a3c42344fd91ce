package org.portcullis.requests;

import org.portcullis.platform.DomainException;

/** The approval rules refuse a decision (own request, owner first, already decided, not pending...). */
public class DecisionRefusedException extends DomainException {
    public DecisionRefusedException(String message) {
        super(message);
    }
}
