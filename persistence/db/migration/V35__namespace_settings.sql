-- Namespace-wide rollout settings, changed through change requests like every inventory object. A namespace without
-- a row is enforced; a row with dry_run = TRUE puts all its AuthorizationPolicies in Istio dry-run mode.

CREATE TABLE namespace_setting (
    id          UUID          PRIMARY KEY,
    version     BIGINT        NOT NULL,
    name        VARCHAR(63)   NOT NULL,
    description VARCHAR(1000) NOT NULL,
    dry_run     BOOLEAN       NOT NULL,
    CONSTRAINT uk_namespace_setting_name UNIQUE (name)
);
