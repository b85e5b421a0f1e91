-- Schema 13: the Feedback view.
--
-- The words of a piece of feedback, searched like those of a request: the
-- index reads its text from the feedback table (external content), and
-- tombstoned feedback leaves it.
CREATE VIRTUAL TABLE feedback_fts USING fts5 (
  comment,
  content = 'feedback',
  content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

INSERT INTO feedback_fts (rowid, comment)
  SELECT rowid, comment FROM feedback WHERE deleted_at IS NULL;

CREATE TRIGGER feedback_fts_insert
AFTER INSERT ON feedback
WHEN NEW.deleted_at IS NULL
BEGIN
  INSERT INTO feedback_fts (rowid, comment) VALUES (NEW.rowid, NEW.comment);
END;

CREATE TRIGGER feedback_fts_update
AFTER UPDATE OF comment, deleted_at ON feedback
WHEN OLD.comment IS NOT NEW.comment OR OLD.deleted_at IS NOT NEW.deleted_at
BEGIN
  INSERT INTO feedback_fts (feedback_fts, rowid, comment)
    SELECT 'delete', OLD.rowid, OLD.comment WHERE OLD.deleted_at IS NULL;
  INSERT INTO feedback_fts (rowid, comment)
    SELECT NEW.rowid, NEW.comment WHERE NEW.deleted_at IS NULL;
END;

CREATE TRIGGER feedback_fts_delete
AFTER DELETE ON feedback
WHEN OLD.deleted_at IS NULL
BEGIN
  INSERT INTO feedback_fts (feedback_fts, rowid, comment)
  VALUES ('delete', OLD.rowid, OLD.comment);
END;

-- Anonymous feedback (a suggestion box, a comment book) names no person:
-- whoever writes it, the client is not kept. Entries already written
-- anonymously with a client forget it now.
UPDATE feedback SET client_id = NULL WHERE anonymous AND client_id IS NOT NULL;

CREATE TRIGGER feedback_anonymous_insert
AFTER INSERT ON feedback
WHEN NEW.anonymous AND NEW.client_id IS NOT NULL
BEGIN
  UPDATE feedback SET client_id = NULL WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER feedback_anonymous_update
AFTER UPDATE OF anonymous, client_id ON feedback
WHEN NEW.anonymous AND NEW.client_id IS NOT NULL
BEGIN
  UPDATE feedback SET client_id = NULL WHERE rowid = NEW.rowid;
END;

-- The Feedback view's list, newest first, and its filter by channel.
CREATE INDEX feedback_source ON feedback (source, received_at);
