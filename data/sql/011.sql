-- Schema 11: the tracker's sorts by a name, from an index too.
--
-- Sorting a million requests by client, assignee or department read the
-- name of each from another table, then sorted them all: two to four
-- seconds. No index of this table can hold what another table says, so
-- each request keeps a copy of the three names it is sorted by, and
-- triggers keep the copies true: when the request is written, when its
-- client, assignee, department or confidentiality changes, and when a
-- person or a department is renamed. The copies are derived data, no
-- entity field: never shown, and writing them leaves updated_at as it was.
-- A confidential request has no client name to sort by, so that the
-- order cannot show it.
--
-- A name is the family name, then the given name after a character that
-- sorts before every letter: "Dupont Jean" before "Dupont-Martin Anne",
-- as sorting by the two in turn would.
CREATE VIEW request_sort_names AS
  SELECT r.rowid AS request_rowid,
         CASE WHEN r.confidential THEN NULL
              ELSE c.family_name || char (1) || ifnull (c.given_name, '') END AS client_sort,
         a.family_name || char (1) || ifnull (a.given_name, '') AS assignee_sort,
         d.name AS department_sort
  FROM requests r
  LEFT JOIN clients c ON c.id = r.client_id
  LEFT JOIN clients a ON a.id = r.assignee_id
  LEFT JOIN departments d ON d.id = r.department_id;

ALTER TABLE requests ADD COLUMN client_sort TEXT;
ALTER TABLE requests ADD COLUMN assignee_sort TEXT;
ALTER TABLE requests ADD COLUMN department_sort TEXT;

UPDATE requests
  SET (client_sort, assignee_sort, department_sort) =
      (SELECT client_sort, assignee_sort, department_sort
       FROM request_sort_names WHERE request_rowid = requests.rowid);

CREATE TRIGGER requests_sort_names_insert
AFTER INSERT ON requests
BEGIN
  UPDATE requests
    SET (client_sort, assignee_sort, department_sort) =
        (SELECT client_sort, assignee_sort, department_sort
         FROM request_sort_names WHERE request_rowid = NEW.rowid)
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER requests_sort_names_update
AFTER UPDATE OF client_id, assignee_id, department_id, confidential ON requests
WHEN OLD.client_id IS NOT NEW.client_id
  OR OLD.assignee_id IS NOT NEW.assignee_id
  OR OLD.department_id IS NOT NEW.department_id
  OR OLD.confidential IS NOT NEW.confidential
BEGIN
  UPDATE requests
    SET (client_sort, assignee_sort, department_sort) =
        (SELECT client_sort, assignee_sort, department_sort
         FROM request_sort_names WHERE request_rowid = NEW.rowid)
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER requests_sort_names_person
AFTER UPDATE OF family_name, given_name ON clients
WHEN OLD.family_name IS NOT NEW.family_name OR OLD.given_name IS NOT NEW.given_name
BEGIN
  UPDATE requests
    SET (client_sort, assignee_sort) =
        (SELECT client_sort, assignee_sort
         FROM request_sort_names WHERE request_rowid = requests.rowid)
    WHERE client_id = NEW.id OR assignee_id = NEW.id;
END;

CREATE TRIGGER requests_sort_names_department
AFTER UPDATE OF name ON departments
WHEN OLD.name IS NOT NEW.name
BEGIN
  UPDATE requests SET department_sort = NEW.name WHERE department_id = NEW.id;
END;

-- Written exactly as the tracker's ORDER BY writes them (src/store/
-- qs-request-query.c; a test checks that each is used). Requests without
-- an assignee come after the others in ascending order, as before.
CREATE INDEX requests_sort_client
  ON requests (client_sort COLLATE NOCASE)
  WHERE deleted_at IS NULL;
CREATE INDEX requests_sort_assignee
  ON requests (assignee_sort IS NULL, assignee_sort COLLATE NOCASE)
  WHERE deleted_at IS NULL;
CREATE INDEX requests_sort_department
  ON requests (department_sort COLLATE NOCASE)
  WHERE deleted_at IS NULL;
