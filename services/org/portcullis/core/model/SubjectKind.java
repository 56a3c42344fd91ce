package org.portcullis.core.model;

/** Who a role is granted to: a person (human identity) or a workload (machine identity). */
public enum SubjectKind { PERSON, WORKLOAD }
