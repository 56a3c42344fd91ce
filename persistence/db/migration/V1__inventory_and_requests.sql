-- Portcullis schema, version 1: the inventory and the change requests that alter it.
-- Written for H2 2.x and PostgreSQL alike. Ids are UUIDs made by the application (no IDENTITY columns).

CREATE TABLE person (
    id            UUID          PRIMARY KEY,
    version       BIGINT        NOT NULL,
    username      VARCHAR(63)   NOT NULL,
    email         VARCHAR(254)  NOT NULL,
    display_name  VARCHAR(200)  NOT NULL,
    enabled       BOOLEAN       NOT NULL,
    password_hash VARCHAR(400),
    CONSTRAINT uk_person_username UNIQUE (username)
);

CREATE TABLE trust_zone (
    id          UUID          PRIMARY KEY,
    version     BIGINT        NOT NULL,
    name        VARCHAR(63)   NOT NULL,
    description VARCHAR(1000) NOT NULL,
    sensitivity VARCHAR(16)   NOT NULL,
    mtls_mode   VARCHAR(16)   NOT NULL,
    CONSTRAINT uk_trust_zone_name UNIQUE (name)
);

CREATE TABLE workload (
    id              UUID          PRIMARY KEY,
    version         BIGINT        NOT NULL,
    name            VARCHAR(63)   NOT NULL,
    namespace       VARCHAR(63)   NOT NULL,
    service_account VARCHAR(253)  NOT NULL,
    zone_id         UUID          NOT NULL REFERENCES trust_zone (id),
    classification  VARCHAR(16)   NOT NULL,
    owner_id        UUID          NOT NULL REFERENCES person (id),
    selector        VARCHAR(2000) NOT NULL,
    ports           VARCHAR(400)  NOT NULL,
    accepts_jwt     BOOLEAN       NOT NULL,
    CONSTRAINT uk_workload_name UNIQUE (name)
);
CREATE INDEX ix_workload_namespace ON workload (namespace);
CREATE INDEX ix_workload_zone ON workload (zone_id);
CREATE INDEX ix_workload_owner ON workload (owner_id);

CREATE TABLE portal_role (
    id          UUID          PRIMARY KEY,
    version     BIGINT        NOT NULL,
    name        VARCHAR(63)   NOT NULL,
    description VARCHAR(1000) NOT NULL,
    CONSTRAINT uk_role_name UNIQUE (name)
);

CREATE TABLE role_assignment (
    id          UUID        PRIMARY KEY,
    version     BIGINT      NOT NULL,
    role_id     UUID        NOT NULL REFERENCES portal_role (id),
    person_id   UUID        REFERENCES person (id),
    workload_id UUID        REFERENCES workload (id),
    expires_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_role_assignment_subject CHECK ((person_id IS NULL) <> (workload_id IS NULL)),
    CONSTRAINT uk_role_assignment_person UNIQUE (role_id, person_id),
    CONSTRAINT uk_role_assignment_workload UNIQUE (role_id, workload_id)
);
CREATE INDEX ix_role_assignment_expiry ON role_assignment (expires_at);
CREATE INDEX ix_role_assignment_person ON role_assignment (person_id);
CREATE INDEX ix_role_assignment_workload ON role_assignment (workload_id);

CREATE TABLE service_permission (
    id             UUID          PRIMARY KEY,
    version        BIGINT        NOT NULL,
    source_id      UUID          NOT NULL REFERENCES workload (id),
    destination_id UUID          NOT NULL REFERENCES workload (id),
    methods        VARCHAR(200)  NOT NULL,
    paths          VARCHAR(2000) NOT NULL,
    ports          VARCHAR(400)  NOT NULL,
    required_role  VARCHAR(63),
    expires_at     TIMESTAMP WITH TIME ZONE,
    dry_run        BOOLEAN       NOT NULL,
    CONSTRAINT uk_service_permission UNIQUE (source_id, destination_id)
);
CREATE INDEX ix_service_permission_destination ON service_permission (destination_id);
CREATE INDEX ix_service_permission_expiry ON service_permission (expires_at);

CREATE TABLE cluster_access_grant (
    id             UUID          PRIMARY KEY,
    version        BIGINT        NOT NULL,
    name           VARCHAR(63)   NOT NULL,
    workload_id    UUID          NOT NULL REFERENCES workload (id),
    namespace      VARCHAR(63)   NOT NULL,
    verbs          VARCHAR(400)  NOT NULL,
    api_groups     VARCHAR(1000) NOT NULL,
    resources      VARCHAR(1000) NOT NULL,
    resource_names VARCHAR(2000) NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uk_cluster_access_grant UNIQUE (namespace, name)
);
CREATE INDEX ix_cluster_access_grant_workload ON cluster_access_grant (workload_id);
CREATE INDEX ix_cluster_access_grant_expiry ON cluster_access_grant (expires_at);

CREATE SEQUENCE change_request_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE change_request (
    id                 BIGINT        PRIMARY KEY,
    version            BIGINT        NOT NULL,
    title              VARCHAR(300)  NOT NULL,
    requester          VARCHAR(63)   NOT NULL,
    justification      VARCHAR(4000) NOT NULL,
    state              VARCHAR(16)   NOT NULL,
    required_approvals INT           NOT NULL,
    owner_approvers    VARCHAR(1000) NOT NULL,
    risk_reasons       VARCHAR(2000) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at         TIMESTAMP WITH TIME ZONE,
    failure            VARCHAR(4000)
);
CREATE INDEX ix_change_request_state ON change_request (state, created_at);
CREATE INDEX ix_change_request_requester ON change_request (requester, created_at);

CREATE TABLE change_item (
    id          UUID          PRIMARY KEY,
    request_id  BIGINT        NOT NULL REFERENCES change_request (id),
    position    INT           NOT NULL,
    kind        VARCHAR(32)   NOT NULL,
    operation   VARCHAR(16)   NOT NULL,
    object_key  VARCHAR(300)  NOT NULL,
    before_json VARCHAR(1000000),
    after_json  VARCHAR(1000000),
    CONSTRAINT uk_change_item_position UNIQUE (request_id, position)
);
CREATE INDEX ix_change_item_object ON change_item (kind, object_key);

-- insert-only: decisions are never edited
CREATE TABLE request_decision (
    id         UUID          PRIMARY KEY,
    request_id BIGINT        NOT NULL REFERENCES change_request (id),
    actor      VARCHAR(63)   NOT NULL,
    decision   VARCHAR(16)   NOT NULL,
    as_owner   BOOLEAN       NOT NULL,
    comment    VARCHAR(4000) NOT NULL,
    decided_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_request_decision_request ON request_decision (request_id);
