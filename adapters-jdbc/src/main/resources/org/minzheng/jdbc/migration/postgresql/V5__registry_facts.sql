-- Facts the rules read (issue 12, decision records 0300 and 0301), PostgreSQL dialect: a person's placement,
-- living situation and HIV flag on the person row; relatives, school enrolments and capability
-- assessments, and a household's rigid expenditures, in child tables written and read with their owner
-- (replaced as a whole on every save, like parents and incomes).

ALTER TABLE mz_person ADD COLUMN placement VARCHAR(32);
ALTER TABLE mz_person ADD COLUMN living_situation VARCHAR(32);
ALTER TABLE mz_person ADD COLUMN hiv_infected BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE mz_person_relative (
    person_id              VARCHAR(64) NOT NULL REFERENCES mz_person (id),
    ordinal                INTEGER     NOT NULL,
    relative_kind          VARCHAR(16) NOT NULL,
    relative_person_id     VARCHAR(64),
    gender                 VARCHAR(16) NOT NULL,
    birth_date             DATE        NOT NULL,
    status_kind            VARCHAR(32) NOT NULL,
    status_since           DATE        NOT NULL,
    disability_category    VARCHAR(16),
    disability_grade       SMALLINT,
    disability_certificate VARCHAR(22),
    seriously_ill          BOOLEAN     NOT NULL,
    annual_income          DECIMAL(14,2),
    without_civil_capacity BOOLEAN     NOT NULL,
    PRIMARY KEY (person_id, ordinal)
);

CREATE TABLE mz_person_school (
    person_id    VARCHAR(64) NOT NULL REFERENCES mz_person (id),
    ordinal      INTEGER     NOT NULL,
    school_level VARCHAR(32) NOT NULL,
    from_date    DATE        NOT NULL,
    until_date   DATE,
    PRIMARY KEY (person_id, ordinal),
    CONSTRAINT mz_person_school_order CHECK (until_date IS NULL OR until_date >= from_date)
);

CREATE TABLE mz_person_capability (
    person_id    VARCHAR(64) NOT NULL REFERENCES mz_person (id),
    assessed_on  DATE        NOT NULL,
    total_score  SMALLINT    NOT NULL CHECK (total_score BETWEEN 0 AND 90),
    capability_level VARCHAR(32) NOT NULL,
    PRIMARY KEY (person_id, assessed_on)
);

-- Months are the DATE of their first day.
CREATE TABLE mz_household_expenditure (
    household_id VARCHAR(64)   NOT NULL REFERENCES mz_household (id),
    kind         VARCHAR(32)   NOT NULL,
    pay_month    DATE          NOT NULL,
    amount       DECIMAL(14,2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (household_id, pay_month, kind)
);
