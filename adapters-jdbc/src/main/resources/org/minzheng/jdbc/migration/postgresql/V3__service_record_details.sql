-- Service records keep the components every kind shares in their columns; the kind's own
-- components move from the whole-record document written by minzheng-json (body) to details,
-- a JSON object written by the JDBC adapter itself (decision 0180). Existing documents lose
-- the properties that are columns (kind, id, subject, region, caseId, version); the rest is
-- already in the format of details.
ALTER TABLE mz_service_record ADD COLUMN details TEXT;
UPDATE mz_service_record
   SET details = (body::jsonb - 'kind' - 'id' - 'subject' - 'region' - 'caseId' - 'version')::text;
ALTER TABLE mz_service_record ALTER COLUMN details SET NOT NULL;
ALTER TABLE mz_service_record DROP COLUMN body;
