-- Schema 12: asking clients how their closed request was handled.
--
-- survey_asked_at is when the client of a closed request was asked for a
-- rating of how it was handled (NULL: not asked). The fatigue rules read
-- it across a client's requests: the partial index finds a client's past
-- questions without reading their other requests.
--
-- survey_rules holds a providing department's rules for those questions,
-- "delay=1;cool-off=30;cap=2;sample=1" (qs-survey-fatigue.c); NULL keeps
-- the defaults.
ALTER TABLE requests ADD COLUMN survey_asked_at INTEGER;
ALTER TABLE departments ADD COLUMN survey_rules TEXT;

CREATE INDEX requests_survey_asked ON requests (client_id, survey_asked_at)
  WHERE survey_asked_at IS NOT NULL AND deleted_at IS NULL;

-- An anonymous questionnaire keeps no identity with its answers: no client,
-- and every time of a response and of its answers (when submitted, when
-- written, when changed) at the start of its day in UTC, so that no answer
-- can be joined back to a person through a request or a timestamp. The
-- triggers hold for every writer (the application, an import, a backup, a
-- script); recursive triggers are off, so their own updates do not fire
-- them again. 86400000000 is a day in microseconds.
UPDATE survey_responses
SET client_id = NULL,
    submitted_at = submitted_at - submitted_at % 86400000000,
    created_at = created_at - created_at % 86400000000,
    updated_at = updated_at - updated_at % 86400000000
WHERE survey_id IN (SELECT id FROM surveys WHERE anonymous);

UPDATE survey_answers
SET created_at = created_at - created_at % 86400000000,
    updated_at = updated_at - updated_at % 86400000000
WHERE response_id IN (SELECT r.id FROM survey_responses r
                      JOIN surveys s ON s.id = r.survey_id WHERE s.anonymous);

CREATE TRIGGER survey_responses_anonymous_insert
AFTER INSERT ON survey_responses
WHEN (SELECT anonymous FROM surveys WHERE id = NEW.survey_id)
BEGIN
  UPDATE survey_responses
  SET client_id = NULL,
      submitted_at = NEW.submitted_at - NEW.submitted_at % 86400000000,
      created_at = NEW.created_at - NEW.created_at % 86400000000,
      updated_at = NEW.updated_at - NEW.updated_at % 86400000000
  WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER survey_responses_anonymous_update
AFTER UPDATE ON survey_responses
WHEN (SELECT anonymous FROM surveys WHERE id = NEW.survey_id)
  AND (NEW.client_id IS NOT NULL OR NEW.submitted_at % 86400000000 <> 0
       OR NEW.created_at % 86400000000 <> 0 OR NEW.updated_at % 86400000000 <> 0)
BEGIN
  UPDATE survey_responses
  SET client_id = NULL,
      submitted_at = NEW.submitted_at - NEW.submitted_at % 86400000000,
      created_at = NEW.created_at - NEW.created_at % 86400000000,
      updated_at = NEW.updated_at - NEW.updated_at % 86400000000
  WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER survey_answers_anonymous_insert
AFTER INSERT ON survey_answers
WHEN (SELECT s.anonymous FROM survey_responses r JOIN surveys s ON s.id = r.survey_id
      WHERE r.id = NEW.response_id)
BEGIN
  UPDATE survey_answers
  SET created_at = NEW.created_at - NEW.created_at % 86400000000,
      updated_at = NEW.updated_at - NEW.updated_at % 86400000000
  WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER survey_answers_anonymous_update
AFTER UPDATE ON survey_answers
WHEN (SELECT s.anonymous FROM survey_responses r JOIN surveys s ON s.id = r.survey_id
      WHERE r.id = NEW.response_id)
  AND (NEW.created_at % 86400000000 <> 0 OR NEW.updated_at % 86400000000 <> 0)
BEGIN
  UPDATE survey_answers
  SET created_at = NEW.created_at - NEW.created_at % 86400000000,
      updated_at = NEW.updated_at - NEW.updated_at % 86400000000
  WHERE rowid = NEW.rowid;
END;

-- A questionnaire made anonymous forgets who answered it so far.
CREATE TRIGGER surveys_made_anonymous
AFTER UPDATE OF anonymous ON surveys
WHEN NEW.anonymous AND NOT OLD.anonymous
BEGIN
  UPDATE survey_responses
  SET client_id = NULL,
      submitted_at = submitted_at - submitted_at % 86400000000,
      created_at = created_at - created_at % 86400000000,
      updated_at = updated_at - updated_at % 86400000000
  WHERE survey_id = NEW.id;
  UPDATE survey_answers
  SET created_at = created_at - created_at % 86400000000,
      updated_at = updated_at - updated_at % 86400000000
  WHERE response_id IN (SELECT id FROM survey_responses WHERE survey_id = NEW.id);
END;
