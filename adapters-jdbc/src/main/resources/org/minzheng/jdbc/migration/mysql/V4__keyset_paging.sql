-- Keyset paging (decision record 0170): the cases of a program in a state are read page by page
-- on (program, state, region, id), one 12-digit region code at a time, so that each page is an
-- index range that starts where the last ended. Households, cases and facilities already have
-- their (region, id) indexes (V1).
CREATE INDEX mz_case_program_state_id ON mz_case (program, state, region, id);
-- It replaces (program, state, region), its prefix.
DROP INDEX mz_case_program_state ON mz_case;
