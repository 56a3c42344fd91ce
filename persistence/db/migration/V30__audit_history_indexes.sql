-- Audit history search (org.portcullis.audit.AuditQueries): an object name typed without its type, exactly or as a
-- prefix ("llm-*"), finds its rows through this index instead of scanning the table. (ix_audit_event_object leads
-- with object_type, so it serves only type + name.)
CREATE INDEX ix_audit_event_object_name ON audit_event (object_name);
-- Newest-first pages under a filter that matches many rows: walking this index in order and stopping after one page
-- beats collecting every match and sorting it (H2 cannot walk its primary key backwards for this; PostgreSQL can,
-- and there the index is merely redundant). AuditQueries asks H2 for it with USE INDEX.
CREATE INDEX ix_audit_event_sequence_desc ON audit_event (sequence DESC);
