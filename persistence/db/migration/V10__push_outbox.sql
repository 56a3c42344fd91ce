-- Push outbox: every applied request leaves a push_work row in the transaction that applied it, so nothing approved
-- is lost; the push worker delivers the whole current bundle (one push covers all pending rows) and records each
-- delivery attempt per target (Git, cluster) as a push_run. (Numbered 10 to stay clear of parallel migrations.)

CREATE TABLE push_work (
    id              UUID          PRIMARY KEY,
    version         BIGINT        NOT NULL,
    request_id      BIGINT        REFERENCES change_request (id),
    requested_by    VARCHAR(63)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(4000),
    delivered_by    UUID,
    done_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_push_work_state ON push_work (state, next_attempt_at);

CREATE TABLE push_run (
    id           UUID          PRIMARY KEY,
    version      BIGINT        NOT NULL,
    target       VARCHAR(16)   NOT NULL,
    destination  VARCHAR(1000) NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    requests     VARCHAR(2000) NOT NULL,
    commit_id    VARCHAR(64),
    added        INT           NOT NULL,
    changed      INT           NOT NULL,
    removed      INT           NOT NULL,
    error        VARCHAR(4000),
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_push_run_started ON push_run (started_at);
