-- minzheng storage schema, MariaDB / MySQL dialect. Audit log: append-only, one row per write.
-- utf8mb4 with a binary collation: emoji and rare characters are stored, and text compares exactly.
CREATE TABLE mz_audit_log (
    seq         BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6) NOT NULL,
    actor       VARCHAR(1000) NOT NULL,
    operation   VARCHAR(32) NOT NULL,
    entity      VARCHAR(32) NOT NULL,
    entity_id   VARCHAR(64) NOT NULL,
    version     BIGINT,
    region      CHAR(12),
    reason      VARCHAR(1000) NOT NULL,
    INDEX mz_audit_entity (entity, entity_id),
    INDEX mz_audit_time (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
