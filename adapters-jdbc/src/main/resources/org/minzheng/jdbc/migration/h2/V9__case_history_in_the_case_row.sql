-- A case's history in its own row (issue 15, decision record 0420).
--
-- Every save of a case rewrote its history as rows of mz_case_transition (a delete, then an insert
-- per transition, each with a foreign-key check): about half the rows a monthly run and a load wrote
-- besides the ledger and the audit log. The history is now the text column mz_case.history, written
-- with the case row, read with it. Its format (CaseHistory in minzheng-jdbc): per transition six fields,
-- each ended by '|': from-state code (empty for none), to-state code, approval level code, the instant in
-- microseconds since 1970-01-01 00:00 UTC, operator, reason; '~' is written '~~' and '|' '~/'.
-- H2's longest text is 1,000,000 characters (several thousand transitions of usual length).
ALTER TABLE mz_case ADD COLUMN history CHARACTER VARYING(1000000);

UPDATE mz_case c SET history = (
    SELECT LISTAGG(
               CONCAT(REPLACE(REPLACE(COALESCE(from_state, ''), '~', '~~'), '|', '~/'), '|',
                      REPLACE(REPLACE(to_state, '~', '~~'), '|', '~/'), '|',
                      REPLACE(REPLACE(approval_level, '~', '~~'), '|', '~/'), '|',
                      CAST(DATEDIFF(MICROSECOND, TIMESTAMP '1970-01-01 00:00:00', changed_at) AS VARCHAR), '|',
                      REPLACE(REPLACE(operator_name, '~', '~~'), '|', '~/'), '|',
                      REPLACE(REPLACE(reason, '~', '~~'), '|', '~/'), '|'), '')
           WITHIN GROUP (ORDER BY ordinal)
    FROM mz_case_transition t WHERE t.case_id = c.id);
UPDATE mz_case SET history = '' WHERE history IS NULL;
ALTER TABLE mz_case ALTER COLUMN history SET NOT NULL;

DROP TABLE mz_case_transition;
