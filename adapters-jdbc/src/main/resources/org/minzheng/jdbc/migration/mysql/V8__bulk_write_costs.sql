-- Bulk writes (issue 15, decision record 0405): nothing to change on this dialect.
--
-- On H2 this version gives the audit log's identity column a large sequence cache, because H2
-- stored its whole database file each time the sequence's limit moved (every 32 audit rows).
-- InnoDB's AUTO_INCREMENT is a counter the engine keeps in memory and logs with the rows, so the
-- column keeps the schema's defaults; the version exists here so that every dialect's schema
-- history carries the same versions.
SELECT 1;
