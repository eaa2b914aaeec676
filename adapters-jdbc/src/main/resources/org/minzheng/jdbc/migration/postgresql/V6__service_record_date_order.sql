-- Service records of a region are read page by page in (record_date, id) order (the order the
-- repository promises), each page starting where the last ended (decision record 0395). On the
-- (region, record_date) index that order needs every remaining row of the region sorted for every
-- page, which made reading a month's records grow with the square of their number; this index
-- serves the order itself, so each page is an index range.
CREATE INDEX mz_service_record_date_id ON mz_service_record (record_date, id);
