-- Schema 17: what the dashboard counts, kept with each request.
--
-- The dashboard reports the median and 90th percentile time to
-- acknowledge and to resolve in business time, paused time left out, and
-- the share of requests reopened. Business time depends on the request's
-- calendar, which SQL cannot read: so each request keeps how long it took,
-- in business microseconds, measured once by the store when it is
-- acknowledged or resolved (qs_request_repository_measure_durations). The
-- columns are derived data, no entity field, like the sort names of
-- schema 11: a trigger empties them when a timestamp they come from
-- changes, and the store measures them again before its commit.
ALTER TABLE requests ADD COLUMN ack_business_us INTEGER;
ALTER TABLE requests ADD COLUMN resolution_business_us INTEGER;

-- How often the request was reopened: one reopened request counts once as
-- reopened, never as a new request.
ALTER TABLE requests ADD COLUMN reopened_count INTEGER NOT NULL DEFAULT 0;

UPDATE requests
  SET reopened_count = (SELECT count (*) FROM request_events AS e
                        WHERE e.request_id = requests.id AND e.kind = 'status'
                          AND e.new_value = 'reopened' AND e.deleted_at IS NULL)
  WHERE id IN (SELECT request_id FROM request_events
               WHERE kind = 'status' AND new_value = 'reopened');

CREATE TRIGGER requests_reopened_count
AFTER INSERT ON request_events
WHEN new.kind = 'status' AND new.new_value = 'reopened' AND new.deleted_at IS NULL
BEGIN
  UPDATE requests SET reopened_count = reopened_count + 1 WHERE id = new.request_id;
END;

CREATE TRIGGER requests_durations_stale
AFTER UPDATE OF received_at, acknowledged_at, resolved_at, calendar_id, department_id ON requests
WHEN old.received_at IS NOT new.received_at OR old.acknowledged_at IS NOT new.acknowledged_at
  OR old.resolved_at IS NOT new.resolved_at OR old.calendar_id IS NOT new.calendar_id
  OR old.department_id IS NOT new.department_id
BEGIN
  UPDATE requests SET ack_business_us = NULL, resolution_business_us = NULL
  WHERE rowid = new.rowid;
END;

-- The requests still to measure: none, between two writes.
CREATE INDEX requests_unmeasured ON requests (received_at)
  WHERE (acknowledged_at IS NOT NULL AND ack_business_us IS NULL)
     OR (resolved_at IS NOT NULL AND resolution_business_us IS NULL);

-- A provider's requests over a period, read from the index alone: by the
-- day they were received (volumes, compliance, reopened), acknowledged and
-- resolved (the times, sorted for their percentiles).
CREATE INDEX requests_provider_received ON requests
  (department_id, received_at, kind, status, assignee_id, resolved_at, resolution_due_at,
   reopened_count)
  WHERE deleted_at IS NULL;
CREATE INDEX requests_provider_acknowledged ON requests
  (department_id, acknowledged_at, ack_business_us)
  WHERE deleted_at IS NULL AND acknowledged_at IS NOT NULL;
CREATE INDEX requests_provider_resolved ON requests
  (department_id, resolved_at, kind, resolution_business_us)
  WHERE deleted_at IS NULL AND resolved_at IS NOT NULL;
