-- A case's history in its own row (issue 15, decision record 0420).
--
-- Every save of a case rewrote its history as rows of mz_case_transition (a delete, then an insert
-- per transition, each with a foreign-key check): about half the rows a monthly run and a load wrote
-- besides the ledger and the audit log. The history is now the text column mz_case.history, written
-- with the case row, read with it. Its format (CaseHistory in minzheng-jdbc): per transition six fields,
-- each ended by '|': from-state code (empty for none), to-state code, approval level code, the instant in
-- microseconds since 1970-01-01 00:00 UTC, operator, reason; '~' is written '~~' and '|' '~/'.
ALTER TABLE mz_case ADD COLUMN history TEXT;

-- The stored histories, in the same format, oldest first. The microseconds are the days since 1970
-- times a day's microseconds plus the time of day's: exact on servers whose EXTRACT returns a double.
UPDATE mz_case c SET history = t.history
FROM (SELECT case_id, string_agg(
          concat(replace(replace(coalesce(from_state, ''), '~', '~~'), '|', '~/'), '|',
                 replace(replace(to_state, '~', '~~'), '|', '~/'), '|',
                 replace(replace(approval_level, '~', '~~'), '|', '~/'), '|',
                 ((changed_at::date - DATE '1970-01-01')::bigint * 86400000000
                  + round(EXTRACT(EPOCH FROM changed_at::time) * 1000000)::bigint)::text, '|',
                 replace(replace(operator_name, '~', '~~'), '|', '~/'), '|',
                 replace(replace(reason, '~', '~~'), '|', '~/'), '|'),
          '' ORDER BY ordinal) AS history
      FROM mz_case_transition GROUP BY case_id) t
WHERE t.case_id = c.id;
UPDATE mz_case SET history = '' WHERE history IS NULL;
ALTER TABLE mz_case ALTER COLUMN history SET NOT NULL;

DROP TABLE mz_case_transition;
