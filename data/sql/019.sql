-- Schema 19: the dashboard's indexes hold every column its queries name.
--
-- SQLite reads a partial index alone only when the index holds each
-- column the query names, even one its WHERE already settles
-- (deleted_at IS NULL): without deleted_at, each request counted was also
-- read from the table. And what was open at the end of a period is read
-- as the requests unresolved now (few) and those resolved since (fewer
-- the later the period), not as every request received before it.
DROP INDEX requests_provider_received;
CREATE INDEX requests_provider_received ON requests
  (department_id, received_at, kind, status, assignee_id, resolved_at, resolution_due_at,
   reopened_count, deleted_at)
  WHERE deleted_at IS NULL;
DROP INDEX requests_provider_acknowledged;
CREATE INDEX requests_provider_acknowledged ON requests
  (department_id, acknowledged_at, ack_business_us, deleted_at)
  WHERE deleted_at IS NULL AND acknowledged_at IS NOT NULL;
DROP INDEX requests_provider_resolved;
CREATE INDEX requests_provider_resolved ON requests
  (department_id, resolved_at, kind, resolution_business_us, received_at, resolution_due_at,
   deleted_at)
  WHERE deleted_at IS NULL AND resolved_at IS NOT NULL;
DROP INDEX requests_provider_surveyed;
CREATE INDEX requests_provider_surveyed ON requests
  (department_id, survey_asked_at, id, deleted_at)
  WHERE deleted_at IS NULL AND survey_asked_at IS NOT NULL;
CREATE INDEX requests_provider_unresolved ON requests
  (department_id, received_at, resolution_due_at, status, resolved_at, deleted_at)
  WHERE deleted_at IS NULL AND resolved_at IS NULL AND status <> 'rejected';
