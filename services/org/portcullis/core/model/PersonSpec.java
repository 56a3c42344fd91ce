package org.portcullis.core.model;

/** A human identity. */
public record PersonSpec(String username, String email, String displayName, boolean enabled) {
}
