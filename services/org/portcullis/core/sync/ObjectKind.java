package org.portcullis.core.sync;

/** The kinds of realm objects the sync manages, in the order their creations are applied. */
public enum ObjectKind { ROLE, USER, CLIENT, ROLE_MAPPING }
