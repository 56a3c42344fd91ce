-- Audit history: append-only, hash-chained (see org.portcullis.core.audit). The sequence is the chain position, taken
-- as head + 1 inside the writing transaction (no database sequence: a rolled-back transaction would leave a gap that
-- reads as a deleted event). audit_head holds the chain head; locking its one row serialises appends.

CREATE TABLE audit_event (
    sequence       BIGINT        PRIMARY KEY,
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(63)   NOT NULL,
    action         VARCHAR(63)   NOT NULL,
    object_type    VARCHAR(63),
    object_name    VARCHAR(300),
    change_request BIGINT,
    before_json    VARCHAR(1000000),
    after_json     VARCHAR(1000000),
    client_address VARCHAR(100),
    previous_hash  CHAR(64)      NOT NULL,
    hash           CHAR(64)      NOT NULL
);
CREATE INDEX ix_audit_event_at ON audit_event (at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, at);
CREATE INDEX ix_audit_event_action ON audit_event (action, at);
CREATE INDEX ix_audit_event_object ON audit_event (object_type, object_name, at);
CREATE INDEX ix_audit_event_request ON audit_event (change_request);

CREATE TABLE audit_head (
    id       INT       PRIMARY KEY,
    sequence BIGINT    NOT NULL,
    hash     CHAR(64)  NOT NULL
);
INSERT INTO audit_head (id, sequence, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
