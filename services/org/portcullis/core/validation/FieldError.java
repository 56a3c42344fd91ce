package org.portcullis.core.validation;

public record FieldError(String field, String message) {
}
