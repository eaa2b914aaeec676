-- Service records keep the components every kind shares in their columns; the kind's own
-- components move from the whole-record document written by minzheng-json (body) to details,
-- a JSON object written by the JDBC adapter itself (decision 0180). Existing documents lose
-- the properties that are columns; the rest is already in the format of details.
--
-- H2 has no function that removes a JSON property, but minzheng-json wrote the shared
-- properties first, in a fixed order (kind, id, subject, region, caseId if any), and version
-- last, with no white space; a string escapes '"' and '\' with a backslash. The expression
-- keeps what lies between. A document in any other form keeps details NULL, so that SET NOT
-- NULL fails and the migration stops before body is dropped: nothing is lost.
ALTER TABLE mz_service_record ADD COLUMN details CHARACTER LARGE OBJECT;
UPDATE mz_service_record
   SET details = REGEXP_REPLACE(body, '^\{"kind":"[a-z-]+","id":"(?:[^"\\]|\\.)*","subject":\{"kind":"[a-z]+","id":"(?:[^"\\]|\\.)*"\},"region":"[0-9]{12}",(?:"caseId":"(?:[^"\\]|\\.)*",)?(.*),"version":[0-9]+\}$', '{$1}', 'n')
 WHERE REGEXP_LIKE(body, '^\{"kind":"[a-z-]+","id":"(?:[^"\\]|\\.)*","subject":\{"kind":"[a-z]+","id":"(?:[^"\\]|\\.)*"\},"region":"[0-9]{12}",(?:"caseId":"(?:[^"\\]|\\.)*",)?(.*),"version":[0-9]+\}$', 'n');
ALTER TABLE mz_service_record ALTER COLUMN details SET NOT NULL;
ALTER TABLE mz_service_record DROP COLUMN body;
