-- Schema 9: the tracker's sort by deadline, from an index too.
--
-- Sorted by deadline, what is still to do comes first by urgency, then
-- what is done, then requests without a deadline (src/store/
-- qs-request-query.c): two groups that do not turn with the direction,
-- then the deadline, which does. One index for each direction; ties on
-- the very same deadline, few, are sorted as they come.
CREATE INDEX requests_sort_due
  ON requests (status IN ('resolved', 'client-informed', 'closed', 'rejected'),
               resolution_due_at IS NULL, resolution_due_at)
  WHERE deleted_at IS NULL;
CREATE INDEX requests_sort_due_desc
  ON requests (status IN ('resolved', 'client-informed', 'closed', 'rejected'),
               resolution_due_at IS NULL, resolution_due_at DESC)
  WHERE deleted_at IS NULL;
