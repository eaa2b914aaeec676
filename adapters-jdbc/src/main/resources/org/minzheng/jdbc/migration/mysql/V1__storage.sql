-- minzheng storage schema, MariaDB / MySQL dialect. utf8mb4 with a binary collation: emoji and
-- rare characters are stored, and text compares exactly (no case or accent folding).
-- Text lengths are in characters and match org.minzheng.spi.storage.StorageLimits; money is
-- DECIMAL(14,2) yuan; instants are TIMESTAMP(6) holding UTC; months are the DATE of their first day.

CREATE TABLE mz_household (
    id                VARCHAR(64)   NOT NULL PRIMARY KEY,
    region            CHAR(12)      NOT NULL,
    address           VARCHAR(300)  NOT NULL,
    hukou             VARCHAR(16)   NOT NULL,
    deposits          DECIMAL(14,2) NOT NULL,
    securities        DECIMAL(14,2) NOT NULL,
    vehicles          INTEGER       NOT NULL,
    vehicles_value    DECIMAL(14,2) NOT NULL,
    real_estate       INTEGER       NOT NULL,
    real_estate_value DECIMAL(14,2) NOT NULL,
    version           BIGINT        NOT NULL CHECK (version > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX mz_household_region ON mz_household (region, id);

CREATE TABLE mz_person (
    id                     VARCHAR(64)  NOT NULL PRIMARY KEY,
    id_number              CHAR(18),
    name                   VARCHAR(100) NOT NULL,
    birth_date             DATE         NOT NULL,
    gender                 VARCHAR(8)   NOT NULL,
    hukou                  VARCHAR(16)  NOT NULL,
    disability_category    VARCHAR(16),
    disability_grade       SMALLINT,
    disability_certificate VARCHAR(22),
    seriously_ill          BOOLEAN      NOT NULL,
    labour_capacity        VARCHAR(16),
    self_care_lost         VARCHAR(200),
    self_care_level        VARCHAR(16),
    self_care_assessed_on  DATE,
    status_kind            VARCHAR(32)  NOT NULL,
    status_since           DATE         NOT NULL,
    version                BIGINT       NOT NULL CHECK (version > 0),
    household_id           VARCHAR(64)  REFERENCES mz_household (id),
    relation               VARCHAR(16),
    member_order           INTEGER,
    head_of                VARCHAR(64) AS (CASE WHEN relation = 'head' THEN household_id END) PERSISTENT,
    CONSTRAINT mz_person_id_number UNIQUE (id_number),
    CONSTRAINT mz_person_membership CHECK ((household_id IS NULL) = (relation IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX mz_person_household ON mz_person (household_id, member_order);
-- One head per household (户主唯一): head_of is set only on the head's row.
CREATE UNIQUE INDEX mz_person_one_head ON mz_person (head_of);

CREATE TABLE mz_person_parent (
    person_id              VARCHAR(64) NOT NULL REFERENCES mz_person (id),
    ordinal                INTEGER     NOT NULL,
    parent_role            VARCHAR(8)  NOT NULL,
    parent_person_id       VARCHAR(64),
    status_kind            VARCHAR(32) NOT NULL,
    status_since           DATE        NOT NULL,
    disability_category    VARCHAR(16),
    disability_grade       SMALLINT,
    disability_certificate VARCHAR(22),
    seriously_ill          BOOLEAN     NOT NULL,
    PRIMARY KEY (person_id, ordinal)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE mz_household_income (
    household_id   VARCHAR(64)   NOT NULL REFERENCES mz_household (id),
    ordinal        INTEGER       NOT NULL,
    kind           VARCHAR(32)   NOT NULL,
    monthly_amount DECIMAL(14,2) NOT NULL,
    earner         VARCHAR(64),
    PRIMARY KEY (household_id, ordinal)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE mz_case (
    id           VARCHAR(64) NOT NULL PRIMARY KEY,
    program      VARCHAR(64) NOT NULL,
    subject_kind VARCHAR(16) NOT NULL,
    subject_id   VARCHAR(64) NOT NULL,
    region       CHAR(12)    NOT NULL,
    applicant    VARCHAR(64) NOT NULL,
    state        VARCHAR(16) NOT NULL,
    version      BIGINT      NOT NULL CHECK (version > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX mz_case_program_state ON mz_case (program, state, region);
CREATE INDEX mz_case_subject ON mz_case (subject_kind, subject_id);
CREATE INDEX mz_case_region ON mz_case (region, id);

CREATE TABLE mz_case_transition (
    case_id    VARCHAR(64)   NOT NULL REFERENCES mz_case (id),
    ordinal    INTEGER       NOT NULL,
    from_state VARCHAR(16),
    to_state   VARCHAR(16)   NOT NULL,
    operator_name VARCHAR(100) NOT NULL,
    changed_at TIMESTAMP(6)  NOT NULL,
    reason     VARCHAR(1000) NOT NULL,
    approval_level VARCHAR(16) NOT NULL,
    PRIMARY KEY (case_id, ordinal)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The ledger: append-only. The primary key makes (case, month, component, sequence) unique,
-- so two concurrent postings of the same key cannot both be written.
CREATE TABLE mz_payment (
    case_id   VARCHAR(64)   NOT NULL REFERENCES mz_case (id),
    pay_month DATE          NOT NULL,
    component VARCHAR(16)   NOT NULL,
    seq_no    INTEGER       NOT NULL CHECK (seq_no > 0),
    amount    DECIMAL(14,2) NOT NULL,
    status    VARCHAR(16)   NOT NULL,
    reverses  INTEGER,
    posted_at TIMESTAMP(6)  NOT NULL,
    note      VARCHAR(1000),
    PRIMARY KEY (case_id, pay_month, component, seq_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX mz_payment_month ON mz_payment (pay_month, case_id);

CREATE TABLE mz_facility (
    id                  VARCHAR(64)  NOT NULL PRIMARY KEY,
    kind                VARCHAR(64)  NOT NULL,
    name                VARCHAR(100) NOT NULL,
    region              CHAR(12)     NOT NULL,
    operator_credit     CHAR(18)     NOT NULL,
    operator_name       VARCHAR(100) NOT NULL,
    grade_scheme        VARCHAR(64),
    grade_scheme_zh     VARCHAR(100),
    grade_scheme_en     VARCHAR(100),
    grade_scheme_grades VARCHAR(1000),
    grade_label         VARCHAR(64),
    capacity            INTEGER,
    opened_on           DATE,
    version             BIGINT       NOT NULL CHECK (version > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX mz_facility_region ON mz_facility (region, id);

-- Audit log: append-only, one row per record written, in the writing transaction.
CREATE TABLE mz_audit_log (
    seq         BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at TIMESTAMP(6)  NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    operation   VARCHAR(16)   NOT NULL,
    entity      VARCHAR(32)   NOT NULL,
    entity_id   VARCHAR(200)  NOT NULL,
    version     BIGINT        NOT NULL,
    region      CHAR(12),
    reason      VARCHAR(1000) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX mz_audit_entity ON mz_audit_log (entity, entity_id);
CREATE INDEX mz_audit_time ON mz_audit_log (occurred_at);
