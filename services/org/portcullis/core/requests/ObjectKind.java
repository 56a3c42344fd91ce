package org.portcullis.core.requests;

/** The kinds of inventory object a change request can create, update or delete. */
public enum ObjectKind {
    TRUST_ZONE("Trust zone"),
    WORKLOAD("Workload"),
    PERSON("Person"),
    ROLE("Role"),
    ROLE_ASSIGNMENT("Role assignment"),
    SERVICE_PERMISSION("Service permission"),
    CLUSTER_ACCESS_GRANT("Cluster access grant"),
    NAMESPACE("Namespace");

    private final String label;

    ObjectKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
