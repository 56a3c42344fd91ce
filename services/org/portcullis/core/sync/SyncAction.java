package org.portcullis.core.sync;

/** What a step does to its object. */
public enum SyncAction { CREATE, UPDATE, DELETE }
