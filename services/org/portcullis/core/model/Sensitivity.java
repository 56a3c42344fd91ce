package org.portcullis.core.model;

/** How sensitive the data and models inside a trust zone are. PII and model weights live in HIGH zones. */
public enum Sensitivity { LOW, MEDIUM, HIGH }
