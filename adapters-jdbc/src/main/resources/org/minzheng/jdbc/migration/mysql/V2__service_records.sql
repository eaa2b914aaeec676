-- Service records: the columns every kind shares (for look-ups and region scope) and the whole
-- record as a JSON document written by minzheng-json (decision 0035).
CREATE TABLE mz_service_record (
    id           VARCHAR(64) NOT NULL PRIMARY KEY,
    kind         VARCHAR(64) NOT NULL,
    subject_kind VARCHAR(16) NOT NULL,
    subject_id   VARCHAR(64) NOT NULL,
    region       CHAR(12)    NOT NULL,
    record_date  DATE        NOT NULL,
    case_id      VARCHAR(64),
    version      BIGINT      NOT NULL CHECK (version > 0),
    body         LONGTEXT    NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX mz_service_record_region ON mz_service_record (region, record_date);
CREATE INDEX mz_service_record_subject ON mz_service_record (subject_kind, subject_id);
