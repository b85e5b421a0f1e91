-- Schema 5: the tracker's unfiltered list.
--
-- The live requests, newest recorded first, read from an index without
-- the table: every key is NULL, so the entries follow the rowid, and a
-- scan of this small index gives the default order of the list (the
-- table itself would be read page by page, ten times slower at a
-- million requests).
CREATE INDEX requests_live
  ON requests (deleted_at)
  WHERE deleted_at IS NULL;
