-- Keycloak sync outbox. A sync_work row is written in the transaction that applies a request (or by "Sync now"), so
-- an approved change and the work to propagate it commit together. The worker coalesces due rows into one sync_run
-- and marks them done only after the run succeeded; a failed run leaves them pending with a later next_attempt_at.
-- sync_adoption: realm objects an admin chose to adopt; the planner takes them over once their request is applied
-- (request_id null: the model already had the object, a name clash the admin resolved by adopting).

CREATE SEQUENCE sync_work_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE sync_run_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE sync_work (
    id              BIGINT        PRIMARY KEY,
    version         BIGINT        NOT NULL,
    request_id      BIGINT,
    reason          VARCHAR(63)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    last_error      VARCHAR(2000),
    done_at         TIMESTAMP WITH TIME ZONE,
    run_id          BIGINT
);
CREATE INDEX ix_sync_work_due ON sync_work (state, next_attempt_at);

CREATE TABLE sync_run (
    id              BIGINT        PRIMARY KEY,
    version         BIGINT        NOT NULL,
    trigger_reason  VARCHAR(63)   NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    status          VARCHAR(16)   NOT NULL,
    steps_planned   INT           NOT NULL,
    steps_applied   INT           NOT NULL,
    requests_sent   BIGINT        NOT NULL,
    writes_sent     BIGINT        NOT NULL,
    work_items      INT           NOT NULL,
    error           VARCHAR(2000)
);
CREATE INDEX ix_sync_run_started ON sync_run (started_at);

CREATE TABLE sync_adoption (
    object_key  VARCHAR(300)  PRIMARY KEY,
    request_id  BIGINT        REFERENCES change_request (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(63)   NOT NULL
);
