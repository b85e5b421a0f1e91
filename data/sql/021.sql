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
