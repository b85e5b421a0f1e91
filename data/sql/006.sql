-- Schema 6: searching the history of requests without reading it.
--
-- request_events_fts (schema 4) gives the matching events, whose requests
-- are then read one by one: at a million requests, a short prefix matches
-- thousands of notes and each costs two random reads, a quarter of a
-- second in all. This index gives the requests themselves: the rowid of a
-- note's entry is its request's rowid times 65,536 plus the note's rank
-- within the request, so rowid >> 16 is the request, read from the index
-- alone and in request order. It holds the notes of live events of live
-- requests only: the triggers below take a tombstoned request's notes out
-- and put them back if it is restored. (A request with more than 65,536
-- notes would have the rest unsearched.)
DROP TRIGGER request_events_fts_insert;
DROP TRIGGER request_events_fts_update;
DROP TRIGGER request_events_fts_delete;
DROP TABLE request_events_fts;

CREATE VIRTUAL TABLE request_history_fts USING fts5 (
  note,
  event UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

INSERT INTO request_history_fts (rowid, note, event)
  SELECT (r.rowid << 16) + row_number () OVER (PARTITION BY r.rowid ORDER BY e.rowid) - 1, e.note, e.rowid
  FROM request_events e JOIN requests r ON r.id = e.request_id
  WHERE e.note IS NOT NULL AND e.deleted_at IS NULL AND r.deleted_at IS NULL;

-- A note takes the next rank of its request.
CREATE TRIGGER request_history_fts_insert
AFTER INSERT ON request_events
WHEN NEW.note IS NOT NULL AND NEW.deleted_at IS NULL
BEGIN
  INSERT INTO request_history_fts (rowid, note, event)
    SELECT ifnull ((SELECT max (h.rowid) + 1 FROM request_history_fts h
                    WHERE h.rowid BETWEEN r.rowid << 16 AND (r.rowid << 16) + 65535),
                   r.rowid << 16),
           NEW.note, NEW.rowid
    FROM requests r
    WHERE r.id = NEW.request_id AND r.deleted_at IS NULL;
END;

CREATE TRIGGER request_history_fts_update
AFTER UPDATE OF note, deleted_at ON request_events
WHEN OLD.note IS NOT NEW.note OR OLD.deleted_at IS NOT NEW.deleted_at
BEGIN
  DELETE FROM request_history_fts
    WHERE rowid BETWEEN (SELECT rowid << 16 FROM requests WHERE id = OLD.request_id)
                    AND (SELECT (rowid << 16) + 65535 FROM requests WHERE id = OLD.request_id)
      AND event = OLD.rowid;
  INSERT INTO request_history_fts (rowid, note, event)
    SELECT ifnull ((SELECT max (h.rowid) + 1 FROM request_history_fts h
                    WHERE h.rowid BETWEEN r.rowid << 16 AND (r.rowid << 16) + 65535),
                   r.rowid << 16),
           NEW.note, NEW.rowid
    FROM requests r
    WHERE r.id = NEW.request_id AND r.deleted_at IS NULL
      AND NEW.note IS NOT NULL AND NEW.deleted_at IS NULL;
END;

CREATE TRIGGER request_history_fts_delete
AFTER DELETE ON request_events
BEGIN
  DELETE FROM request_history_fts
    WHERE rowid BETWEEN (SELECT rowid << 16 FROM requests WHERE id = OLD.request_id)
                    AND (SELECT (rowid << 16) + 65535 FROM requests WHERE id = OLD.request_id)
      AND event = OLD.rowid;
END;

-- A tombstoned request leaves the search with its history; a restored one
-- comes back with it.
CREATE TRIGGER request_history_fts_request_update
AFTER UPDATE OF deleted_at ON requests
WHEN OLD.deleted_at IS NOT NEW.deleted_at
BEGIN
  DELETE FROM request_history_fts
    WHERE rowid BETWEEN NEW.rowid << 16 AND (NEW.rowid << 16) + 65535;
  INSERT INTO request_history_fts (rowid, note, event)
    SELECT (NEW.rowid << 16) + row_number () OVER (ORDER BY e.rowid) - 1, e.note, e.rowid
    FROM request_events e
    WHERE NEW.deleted_at IS NULL AND e.request_id = NEW.id
      AND e.note IS NOT NULL AND e.deleted_at IS NULL;
END;

CREATE TRIGGER request_history_fts_request_delete
AFTER DELETE ON requests
BEGIN
  DELETE FROM request_history_fts
    WHERE rowid BETWEEN OLD.rowid << 16 AND (OLD.rowid << 16) + 65535;
END;
