-- Schema 21: a commitment's compliance is counted from its index alone.
--
-- Since schema 20 a rejected request no longer counts against a
-- commitment: without the status in these indexes, each request counted
-- was also read from the table, and the dashboard of a busy department
-- took twice as long.
DROP INDEX requests_ack_commitment_received;
CREATE INDEX requests_ack_commitment_received
  ON requests (ack_commitment_id, received_at, acknowledged_at, ack_due_at, status, deleted_at);
DROP INDEX requests_commitment_received;
CREATE INDEX requests_commitment_received
  ON requests (commitment_id, received_at, resolved_at, resolution_due_at, status, deleted_at);

-- What was open at the end of a period and resolved since: read as the
-- requests received in the thirty days before it (the index above) and
-- the few that stayed open longer than thirty days (this one), not as
-- every request resolved since, which for a period a year ago is a year
-- of requests.
CREATE INDEX requests_provider_long_open ON requests
  (department_id, received_at, resolved_at, resolution_due_at, deleted_at)
  WHERE deleted_at IS NULL AND resolved_at - received_at > 2592000000000;

-- The breakdown of a period's complaints (by category, service, origin,
-- type of client) reads their index alone, and whether a client manages
-- a department is one lookup, not a reading of every department.
CREATE INDEX requests_provider_complaints ON requests
  (department_id, received_at, kind, problem, commitment_id, origin_department_id, confidential,
   client_id, deleted_at)
  WHERE deleted_at IS NULL AND kind = 'complaint';
CREATE INDEX departments_manager ON departments (manager_id) WHERE deleted_at IS NULL;
