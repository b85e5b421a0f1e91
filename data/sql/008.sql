-- Schema 8: the tracker's sorts that an index can give.
--
-- Sorting a million requests by kind, status or priority made SQLite sort
-- the whole table before the first row: one or two seconds. These
-- indexes hold each sort's key, written exactly as the tracker's ORDER BY
-- writes it (src/store/qs-request-query.c; a test checks that each is
-- used): the unfiltered list is then read from its index, a million row
-- ids in under a tenth of a second, the first screens at once. Ties go
-- by row id in the sort's direction, which an index gives for free.
-- Sorts by name (client, assignee, department) read other tables, which
-- no index of this table can hold; they stay in a worker thread.
CREATE INDEX requests_sort_ref
  ON requests (substr (ref, 1, 9), CAST (substr (ref, 10) AS INTEGER))
  WHERE deleted_at IS NULL;
CREATE INDEX requests_sort_kind
  ON requests (CASE kind WHEN 'request' THEN 0 WHEN 'complaint' THEN 1
               WHEN 'suggestion' THEN 2 ELSE 3 END)
  WHERE deleted_at IS NULL;
CREATE INDEX requests_sort_subject
  ON requests (subject COLLATE NOCASE)
  WHERE deleted_at IS NULL;
CREATE INDEX requests_sort_status
  ON requests (CASE status WHEN 'received' THEN 0 WHEN 'acknowledged' THEN 1
               WHEN 'in-analysis' THEN 2 WHEN 'waiting-on-client' THEN 3
               WHEN 'resolved' THEN 4 WHEN 'client-informed' THEN 5
               WHEN 'closed' THEN 6 WHEN 'reopened' THEN 7 ELSE 8 END)
  WHERE deleted_at IS NULL;
CREATE INDEX requests_sort_priority
  ON requests (CASE priority WHEN 'low' THEN 0 WHEN 'normal' THEN 1
               WHEN 'high' THEN 2 ELSE 3 END)
  WHERE deleted_at IS NULL;
