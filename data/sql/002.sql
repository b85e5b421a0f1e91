-- Schema 2: commitment lineage and frozen charter versions.
--
-- lineage_id is the id of the first version of a commitment; every copy of
-- it in a later charter version keeps it, so that requests counted against
-- version 1 still count for version 2 and the history can say what changed.

ALTER TABLE commitments ADD COLUMN lineage_id TEXT REFERENCES commitments (id) DEFERRABLE INITIALLY DEFERRED;

UPDATE commitments SET lineage_id = id WHERE lineage_id IS NULL;

CREATE INDEX commitments_lineage ON commitments (lineage_id);

-- The achieved performance of a commitment is counted over a quarter of
-- requests: these let SQLite read only that quarter, from the index alone
-- (every column the count needs is in it), never the request rows.
CREATE INDEX requests_ack_commitment_received
  ON requests (ack_commitment_id, received_at, acknowledged_at, ack_due_at, deleted_at);
CREATE INDEX requests_commitment_received
  ON requests (commitment_id, received_at, resolved_at, resolution_due_at, deleted_at);
DROP INDEX requests_ack_commitment;
DROP INDEX requests_commitment;

-- Rows written without a lineage (demo data, older backups) start their own.
CREATE TRIGGER commitments_lineage_on_insert
AFTER INSERT ON commitments
WHEN NEW.lineage_id IS NULL
BEGIN
  UPDATE commitments SET lineage_id = NEW.id WHERE id = NEW.id;
END;

-- A generic upsert of an entity loaded before its lineage was filled in must
-- not erase it.
CREATE TRIGGER commitments_lineage_kept
AFTER UPDATE OF lineage_id ON commitments
WHEN NEW.lineage_id IS NULL
BEGIN
  UPDATE commitments SET lineage_id = coalesce(OLD.lineage_id, NEW.id) WHERE id = NEW.id;
END;

-- A published or archived version is frozen: kept forever, exactly as it
-- was published. New rows may be inserted (a backup being restored), but
-- nothing already there changes, except:
--  * a published version becoming archived when its successor is
--    published (status and updated_at, nothing else);
--  * a commitment's missing lineage being filled in (see above).
-- Only erasing the whole database, which removes the providing department
-- first, may delete frozen rows. A migration that adds a column to charters
-- or commitments must recreate these triggers with it.
CREATE TRIGGER charters_frozen_update
BEFORE UPDATE ON charters
WHEN OLD.status IN ('published', 'archived')
  AND NOT (OLD.status = 'published' AND NEW.status = 'archived'
           AND NEW.id IS OLD.id
           AND NEW.created_at IS OLD.created_at
           AND NEW.updated_at >= OLD.updated_at
           AND NEW.deleted_at IS OLD.deleted_at
           AND NEW.ref IS OLD.ref
           AND NEW.version IS OLD.version
           AND NEW.department_id IS OLD.department_id
           AND NEW.service_id IS OLD.service_id
           AND NEW.calendar_id IS OLD.calendar_id
           AND NEW.owner_id IS OLD.owner_id
           AND NEW.language IS OLD.language
           AND NEW.title_en IS OLD.title_en
           AND NEW.title_fr IS OLD.title_fr
           AND NEW.values_en IS OLD.values_en
           AND NEW.values_fr IS OLD.values_fr
           AND NEW.introduction_en IS OLD.introduction_en
           AND NEW.introduction_fr IS OLD.introduction_fr
           AND NEW.review_date IS OLD.review_date
           AND NEW.published_at IS OLD.published_at
           AND NEW.previous_id IS OLD.previous_id
           AND NEW.checklist IS OLD.checklist)
BEGIN
  SELECT RAISE(ABORT, 'A published charter version cannot be changed.');
END;

CREATE TRIGGER charters_frozen_delete
BEFORE DELETE ON charters
WHEN OLD.status IN ('published', 'archived')
  AND EXISTS (SELECT 1 FROM departments WHERE id = OLD.department_id)
BEGIN
  SELECT RAISE(ABORT, 'A published charter version cannot be deleted.');
END;

CREATE TRIGGER commitments_frozen_update
BEFORE UPDATE ON commitments
WHEN (EXISTS (SELECT 1 FROM charters
              WHERE id = OLD.charter_id AND status IN ('published', 'archived'))
      OR EXISTS (SELECT 1 FROM charters
                 WHERE id = NEW.charter_id AND status IN ('published', 'archived')))
  AND NOT (OLD.lineage_id IS NULL
           AND NEW.lineage_id IS NOT NULL
           AND NEW.id IS OLD.id
           AND NEW.created_at IS OLD.created_at
           AND NEW.updated_at IS OLD.updated_at
           AND NEW.deleted_at IS OLD.deleted_at
           AND NEW.charter_id IS OLD.charter_id
           AND NEW.position IS OLD.position
           AND NEW.category IS OLD.category
           AND NEW.text_en IS OLD.text_en
           AND NEW.text_fr IS OLD.text_fr
           AND NEW.metric IS OLD.metric
           AND NEW.target_value IS OLD.target_value
           AND NEW.target_unit IS OLD.target_unit
           AND NEW.threshold_percent IS OLD.threshold_percent
           AND NEW.channel IS OLD.channel
           AND NEW.request_kinds IS OLD.request_kinds
           AND NEW.owner_id IS OLD.owner_id
           AND NEW.review_date IS OLD.review_date)
BEGIN
  SELECT RAISE(ABORT, 'A commitment of a published charter version cannot be changed.');
END;

CREATE TRIGGER commitments_frozen_delete
BEFORE DELETE ON commitments
WHEN EXISTS (SELECT 1 FROM charters
             WHERE id = OLD.charter_id AND status IN ('published', 'archived'))
BEGIN
  SELECT RAISE(ABORT, 'A commitment of a published charter version cannot be deleted.');
END;
