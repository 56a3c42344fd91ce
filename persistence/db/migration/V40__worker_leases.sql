-- Several portals may share one database; each background worker (push, Keycloak sync, expiry, audit chain check)
-- runs on one portal at a time: the one holding its lease. A holder renews its lease every round; another portal takes
-- it over once it has expired or was released (expires_at set to the epoch on an orderly shutdown).

CREATE TABLE worker_lease (
    name       VARCHAR(100)             PRIMARY KEY,
    holder     VARCHAR(300)             NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT                   NOT NULL
);
