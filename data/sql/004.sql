-- Schema 4: handling requests.
--
-- Full-text search over requests and their history, the record that the
-- client was told of an extension, and the indexes the tracker's lists and
-- the escalation scan read.

-- An extension of a deadline is only valid once the client knows the new
-- date; the event that records it says so.
ALTER TABLE request_events ADD COLUMN client_told INTEGER NOT NULL DEFAULT 0 CHECK (client_told IN (0, 1));

-- The next number of a year is read from this index, not by a scan:
-- references are REQ-YYYY-N with N of at least five digits.
CREATE INDEX requests_ref_number
  ON requests (substr (ref, 1, 9), CAST (substr (ref, 10) AS INTEGER));

-- Open requests by deadline: the overdue and at-risk lists, and escalation.
CREATE INDEX requests_open_due
  ON requests (resolution_due_at)
  WHERE deleted_at IS NULL AND status NOT IN ('closed', 'rejected');

-- The words of a request: subject, description and resolution. The index
-- reads its text from the requests table itself (external content), so the
-- text is not stored twice; tombstoned requests leave the index.
CREATE VIRTUAL TABLE requests_fts USING fts5 (
  subject, description, resolution,
  content = 'requests',
  content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

INSERT INTO requests_fts (rowid, subject, description, resolution)
  SELECT rowid, subject, description, resolution FROM requests WHERE deleted_at IS NULL;

CREATE TRIGGER requests_fts_insert
AFTER INSERT ON requests
WHEN NEW.deleted_at IS NULL
BEGIN
  INSERT INTO requests_fts (rowid, subject, description, resolution)
  VALUES (NEW.rowid, NEW.subject, NEW.description, NEW.resolution);
END;

CREATE TRIGGER requests_fts_update
AFTER UPDATE OF subject, description, resolution, deleted_at ON requests
WHEN OLD.subject IS NOT NEW.subject
  OR OLD.description IS NOT NEW.description
  OR OLD.resolution IS NOT NEW.resolution
  OR OLD.deleted_at IS NOT NEW.deleted_at
BEGIN
  INSERT INTO requests_fts (requests_fts, rowid, subject, description, resolution)
    SELECT 'delete', OLD.rowid, OLD.subject, OLD.description, OLD.resolution
    WHERE OLD.deleted_at IS NULL;
  INSERT INTO requests_fts (rowid, subject, description, resolution)
    SELECT NEW.rowid, NEW.subject, NEW.description, NEW.resolution
    WHERE NEW.deleted_at IS NULL;
END;

CREATE TRIGGER requests_fts_delete
AFTER DELETE ON requests
WHEN OLD.deleted_at IS NULL
BEGIN
  INSERT INTO requests_fts (requests_fts, rowid, subject, description, resolution)
  VALUES ('delete', OLD.rowid, OLD.subject, OLD.description, OLD.resolution);
END;

-- The history: notes of events (comments, reasons, what the client said).
CREATE VIRTUAL TABLE request_events_fts USING fts5 (
  note,
  content = 'request_events',
  content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

INSERT INTO request_events_fts (rowid, note)
  SELECT rowid, note FROM request_events WHERE note IS NOT NULL AND deleted_at IS NULL;

CREATE TRIGGER request_events_fts_insert
AFTER INSERT ON request_events
WHEN NEW.note IS NOT NULL AND NEW.deleted_at IS NULL
BEGIN
  INSERT INTO request_events_fts (rowid, note) VALUES (NEW.rowid, NEW.note);
END;

CREATE TRIGGER request_events_fts_update
AFTER UPDATE OF note, deleted_at ON request_events
WHEN OLD.note IS NOT NEW.note OR OLD.deleted_at IS NOT NEW.deleted_at
BEGIN
  INSERT INTO request_events_fts (request_events_fts, rowid, note)
    SELECT 'delete', OLD.rowid, OLD.note
    WHERE OLD.note IS NOT NULL AND OLD.deleted_at IS NULL;
  INSERT INTO request_events_fts (rowid, note)
    SELECT NEW.rowid, NEW.note
    WHERE NEW.note IS NOT NULL AND NEW.deleted_at IS NULL;
END;

CREATE TRIGGER request_events_fts_delete
AFTER DELETE ON request_events
WHEN OLD.note IS NOT NULL AND OLD.deleted_at IS NULL
BEGIN
  INSERT INTO request_events_fts (request_events_fts, rowid, note)
  VALUES ('delete', OLD.rowid, OLD.note);
END;
