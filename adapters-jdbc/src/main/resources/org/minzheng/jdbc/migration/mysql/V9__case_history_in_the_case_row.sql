-- A case's history in its own row (issue 15, decision record 0420).
--
-- Every save of a case rewrote its history as rows of mz_case_transition (a delete, then an insert
-- per transition, each with a foreign-key check): about half the rows a monthly run and a load wrote
-- besides the ledger and the audit log. The history is now the text column mz_case.history, written
-- with the case row, read with it. Its format (CaseHistory in minzheng-jdbc): per transition six fields,
-- each ended by '|': from-state code (empty for none), to-state code, approval level code, the instant in
-- microseconds since 1970-01-01 00:00 UTC, operator, reason; '~' is written '~~' and '|' '~/'.
-- MEDIUMTEXT: TEXT's 65,535 bytes would hold as few as fifteen transitions of the longest texts.
ALTER TABLE mz_case ADD COLUMN history MEDIUMTEXT;

-- GROUP_CONCAT cuts its result at group_concat_max_len (1,024 bytes by default) with only a warning.
SET SESSION group_concat_max_len = 16777215;
-- The timestamps were written as the UTC wall time in the session's zone, so the difference of two wall
-- times in that zone is the instant's microseconds.
UPDATE mz_case c SET history = (
    SELECT GROUP_CONCAT(
               CONCAT(REPLACE(REPLACE(COALESCE(from_state, ''), '~', '~~'), '|', '~/'), '|',
                      REPLACE(REPLACE(to_state, '~', '~~'), '|', '~/'), '|',
                      REPLACE(REPLACE(approval_level, '~', '~~'), '|', '~/'), '|',
                      CAST(TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', changed_at) AS CHAR), '|',
                      REPLACE(REPLACE(operator_name, '~', '~~'), '|', '~/'), '|',
                      REPLACE(REPLACE(reason, '~', '~~'), '|', '~/'), '|')
               ORDER BY ordinal SEPARATOR '')
    FROM mz_case_transition t WHERE t.case_id = c.id);
UPDATE mz_case SET history = '' WHERE history IS NULL;
ALTER TABLE mz_case MODIFY history MEDIUMTEXT NOT NULL;

DROP TABLE mz_case_transition;
