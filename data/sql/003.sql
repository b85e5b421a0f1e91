-- Schema 3: searching the directory.
--
-- One FTS5 row per person (rowid = the clients row's rowid) holding the
-- words a coordinator types: name, role, e-mail and department name.
-- Triggers keep it in step with clients and departments, so every writer
-- (repository, bulk insert, backup restore) updates it without knowing.
-- Accents are folded: "helene" finds "Hélène".

CREATE VIRTUAL TABLE clients_search USING fts5 (
  words,
  tokenize = 'unicode61 remove_diacritics 2',
  detail = none
);

INSERT INTO clients_search (rowid, words)
  SELECT c.rowid,
         coalesce (c.given_name, '') || ' ' || coalesce (c.family_name, '') || ' ' || coalesce (c.role, '') || ' ' || coalesce (c.email, '') || ' ' || coalesce ((SELECT d.name FROM departments d WHERE d.id = c.department_id), '')
  FROM clients c;

CREATE TRIGGER clients_search_insert
AFTER INSERT ON clients
BEGIN
  INSERT INTO clients_search (rowid, words)
  VALUES (NEW.rowid,
          coalesce (NEW.given_name, '') || ' ' || coalesce (NEW.family_name, '') || ' ' || coalesce (NEW.role, '') || ' ' || coalesce (NEW.email, '') || ' ' || coalesce ((SELECT d.name FROM departments d WHERE d.id = NEW.department_id), ''));
END;

CREATE TRIGGER clients_search_update
AFTER UPDATE OF given_name, family_name, role, email, department_id ON clients
BEGIN
  DELETE FROM clients_search WHERE rowid = OLD.rowid;
  INSERT INTO clients_search (rowid, words)
  VALUES (NEW.rowid,
          coalesce (NEW.given_name, '') || ' ' || coalesce (NEW.family_name, '') || ' ' || coalesce (NEW.role, '') || ' ' || coalesce (NEW.email, '') || ' ' || coalesce ((SELECT d.name FROM departments d WHERE d.id = NEW.department_id), ''));
END;

CREATE TRIGGER clients_search_delete
AFTER DELETE ON clients
BEGIN
  DELETE FROM clients_search WHERE rowid = OLD.rowid;
END;

-- A department's name is part of its people's words; a department saved
-- after its people (foreign keys are deferred) fills them in too.
CREATE TRIGGER clients_search_department_insert
AFTER INSERT ON departments
BEGIN
  DELETE FROM clients_search
    WHERE rowid IN (SELECT rowid FROM clients WHERE department_id = NEW.id);
  INSERT INTO clients_search (rowid, words)
    SELECT c.rowid, coalesce (c.given_name, '') || ' ' || coalesce (c.family_name, '') || ' ' || coalesce (c.role, '') || ' ' || coalesce (c.email, '') || ' ' || coalesce (NEW.name, '')
    FROM clients c WHERE c.department_id = NEW.id;
END;

CREATE TRIGGER clients_search_department_update
AFTER UPDATE OF name ON departments
WHEN OLD.name IS NOT NEW.name
BEGIN
  DELETE FROM clients_search
    WHERE rowid IN (SELECT rowid FROM clients WHERE department_id = NEW.id);
  INSERT INTO clients_search (rowid, words)
    SELECT c.rowid, coalesce (c.given_name, '') || ' ' || coalesce (c.family_name, '') || ' ' || coalesce (c.role, '') || ' ' || coalesce (c.email, '') || ' ' || coalesce (NEW.name, '')
    FROM clients c WHERE c.department_id = NEW.id;
END;

-- The people list: live people in name order, read from the index alone.
CREATE INDEX clients_live_name
  ON clients (family_name COLLATE NOCASE, given_name COLLATE NOCASE)
  WHERE deleted_at IS NULL;
