-- qualserv: rebuilds tables
-- Schema 14: questionnaires.
--
-- The first line asks the store to run this migration with foreign keys
-- off and to check them before it commits (SQLite's procedure for a
-- table rebuilt to change a CHECK constraint).
--
-- A question may now ask for a recommendation from 0 to 10, and a scale
-- question may belong to one of the seven charter categories: it then asks
-- both the level expected and the level perceived (the barometer), kept in
-- an answer's expected_score and score.
CREATE TABLE survey_questions_rebuilt (
  id TEXT PRIMARY KEY NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  survey_id TEXT NOT NULL REFERENCES surveys (id) DEFERRABLE INITIALLY DEFERRED,
  position INTEGER NOT NULL DEFAULT 0,
  kind TEXT NOT NULL DEFAULT 'scale' CHECK (kind IN ('scale', 'yes-no', 'text', 'recommendation')),
  text_en TEXT,
  text_fr TEXT,
  category TEXT CHECK (category IS NULL OR category IN ('accessibility', 'availability',
    'reliability', 'security', 'courtesy', 'flexibility', 'credibility'))
);

INSERT INTO survey_questions_rebuilt
  (id, created_at, updated_at, deleted_at, survey_id, position, kind, text_en, text_fr)
  SELECT id, created_at, updated_at, deleted_at, survey_id, position, kind, text_en, text_fr
  FROM survey_questions;

DROP TABLE survey_questions;
ALTER TABLE survey_questions_rebuilt RENAME TO survey_questions;
CREATE INDEX survey_questions_survey ON survey_questions (survey_id, position);

ALTER TABLE survey_answers ADD COLUMN expected_score REAL;

-- The service a response is about, when the questionnaire asks it.
ALTER TABLE survey_responses ADD COLUMN service_id TEXT REFERENCES services (id) DEFERRABLE INITIALLY DEFERRED;

-- The complaint a piece of feedback became (the Feedback view's "Open a
-- Complaint"); the request page finds its feedback by this column.
ALTER TABLE feedback ADD COLUMN complaint_id TEXT REFERENCES requests (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX feedback_complaint ON feedback (complaint_id) WHERE complaint_id IS NOT NULL;

-- Whom a questionnaire asks: everyone in the directory, the people of some
-- departments (survey_departments), or the people who had a request
-- closed from audience_from to audience_to (dates, both included).
ALTER TABLE surveys ADD COLUMN audience TEXT NOT NULL DEFAULT 'everyone'
  CHECK (audience IN ('everyone', 'departments', 'closed-requests'));
ALTER TABLE surveys ADD COLUMN audience_from TEXT CHECK (audience_from IS NULL OR date(audience_from) = audience_from);
ALTER TABLE surveys ADD COLUMN audience_to TEXT CHECK (audience_to IS NULL OR date(audience_to) = audience_to);

CREATE TABLE survey_departments (
  id TEXT PRIMARY KEY NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  survey_id TEXT NOT NULL REFERENCES surveys (id) DEFERRABLE INITIALLY DEFERRED,
  department_id TEXT NOT NULL REFERENCES departments (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX survey_departments_survey ON survey_departments (survey_id);

-- Who was invited, and in which language: the response rate counts them.
-- An invitation says nothing of whether, or what, the person answered.
CREATE TABLE survey_invitations (
  id TEXT PRIMARY KEY NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  survey_id TEXT NOT NULL REFERENCES surveys (id) DEFERRABLE INITIALLY DEFERRED,
  client_id TEXT NOT NULL REFERENCES clients (id) DEFERRABLE INITIALLY DEFERRED,
  language TEXT NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en'))
);
CREATE UNIQUE INDEX survey_invitations_person ON survey_invitations (survey_id, client_id)
  WHERE deleted_at IS NULL;

-- What a questionnaire's results read, copied from each answer's
-- response: the results count half a million answers in one pass over
-- survey_answers_scores, grouped in its order, without reading the
-- responses (data/sql and qs-survey-results.c). Triggers keep the copies
-- for every writer; no entity reads or writes them. The answers of a
-- deleted response have no questionnaire: no result counts them.
ALTER TABLE survey_answers ADD COLUMN response_survey_id TEXT;
ALTER TABLE survey_answers ADD COLUMN response_department_id TEXT;
ALTER TABLE survey_answers ADD COLUMN response_service_id TEXT;
ALTER TABLE survey_answers ADD COLUMN response_submitted_at INTEGER;

UPDATE survey_answers
SET (response_survey_id, response_department_id, response_service_id, response_submitted_at) =
  (SELECT CASE WHEN r.deleted_at IS NULL THEN r.survey_id END, r.department_id, r.service_id,
          r.submitted_at
   FROM survey_responses r WHERE r.id = survey_answers.response_id);

CREATE INDEX survey_answers_scores ON survey_answers
  (response_survey_id, response_department_id, question_id, score, expected_score,
   response_submitted_at)
  WHERE deleted_at IS NULL AND text IS NULL;
CREATE INDEX survey_answers_by_service ON survey_answers
  (response_survey_id, response_service_id, question_id, score, expected_score,
   response_submitted_at)
  WHERE deleted_at IS NULL AND text IS NULL;
CREATE INDEX survey_answers_comments ON survey_answers (response_survey_id, response_submitted_at)
  WHERE deleted_at IS NULL AND text IS NOT NULL;
CREATE INDEX survey_responses_groups ON survey_responses (survey_id, department_id, submitted_at)
  WHERE deleted_at IS NULL;

CREATE TRIGGER survey_answers_copy_response_insert
AFTER INSERT ON survey_answers
BEGIN
  UPDATE survey_answers
  SET (response_survey_id, response_department_id, response_service_id, response_submitted_at) =
    (SELECT CASE WHEN r.deleted_at IS NULL THEN r.survey_id END, r.department_id, r.service_id,
            r.submitted_at
     FROM survey_responses r WHERE r.id = NEW.response_id)
  WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER survey_answers_copy_response_update
AFTER UPDATE OF response_id ON survey_answers
BEGIN
  UPDATE survey_answers
  SET (response_survey_id, response_department_id, response_service_id, response_submitted_at) =
    (SELECT CASE WHEN r.deleted_at IS NULL THEN r.survey_id END, r.department_id, r.service_id,
            r.submitted_at
     FROM survey_responses r WHERE r.id = NEW.response_id)
  WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER survey_responses_copy_to_answers
AFTER UPDATE OF survey_id, department_id, service_id, submitted_at, deleted_at ON survey_responses
BEGIN
  UPDATE survey_answers
  SET response_survey_id = CASE WHEN NEW.deleted_at IS NULL THEN NEW.survey_id END,
      response_department_id = NEW.department_id,
      response_service_id = NEW.service_id, response_submitted_at = NEW.submitted_at
  WHERE response_id = NEW.id;
END;
