package org.portcullis.core.model;

/** The most sensitive kind of data a workload handles. */
public enum DataClassification { PUBLIC, INTERNAL, CONFIDENTIAL, PII }
