package org.portcullis.platform;

/**
 * A refusal the user can act on: its message is shown as is, in one notification. Facades throw these; the UI never
 * shows stack traces.
 */
public class DomainException extends RuntimeException {
    public DomainException(String message) {
        super(message);
    }
}
