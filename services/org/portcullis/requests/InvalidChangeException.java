package org.portcullis.requests;

import org.portcullis.core.validation.FieldError;
import org.portcullis.platform.DomainException;

import java.util.List;
import java.util.stream.Collectors;

/** A draft that cannot become a request; each error names the field it is about, for the form to show it there. */
public class InvalidChangeException extends DomainException {
    private final transient List<FieldError> errors;

    public InvalidChangeException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::message).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public static InvalidChangeException of(String field, String message) {
        return new InvalidChangeException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
