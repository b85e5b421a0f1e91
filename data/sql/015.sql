-- Schema 15: the tallies of a questionnaire's responses and scores.
--
-- How many answers gave each score (and level expected) to each question,
-- per questionnaire, respondent's department and service: what the
-- results read when no period is asked (qs-survey-results.c), a few
-- thousand rows where survey_answers holds half a million. It counts
-- exactly the answers the results would count by survey_answers_scores
-- (014.sql): not deleted, not text, of a response not deleted (the
-- answer's copy of its response). Triggers on survey_answers keep it for
-- every writer, a response's change reaching them through the answers'
-- copies; no entity reads or writes it, no backup holds it: a restore
-- fills it by the same triggers. A key column may be NULL, hence IS.
CREATE TABLE survey_answer_tallies (
  survey_id TEXT NOT NULL,
  department_id TEXT,
  service_id TEXT,
  question_id TEXT NOT NULL,
  score REAL,
  expected_score REAL,
  n INTEGER NOT NULL CHECK (n > 0)
);
-- The results read the index alone, n included.
CREATE INDEX survey_answer_tallies_key ON survey_answer_tallies
  (survey_id, department_id, question_id, score, expected_score, service_id, n);

INSERT INTO survey_answer_tallies
  (survey_id, department_id, service_id, question_id, score, expected_score, n)
  SELECT response_survey_id, response_department_id, response_service_id, question_id, score,
         expected_score, count (*)
  FROM survey_answers
  WHERE deleted_at IS NULL AND text IS NULL AND response_survey_id IS NOT NULL
  GROUP BY response_survey_id, response_department_id, question_id, score, expected_score,
           response_service_id;

CREATE TRIGGER survey_answer_tallies_insert
AFTER INSERT ON survey_answers
WHEN NEW.deleted_at IS NULL AND NEW.text IS NULL AND NEW.response_survey_id IS NOT NULL
BEGIN
  UPDATE survey_answer_tallies SET n = n + 1
  WHERE survey_id = NEW.response_survey_id AND department_id IS NEW.response_department_id
    AND question_id = NEW.question_id AND score IS NEW.score
    AND expected_score IS NEW.expected_score AND service_id IS NEW.response_service_id;
  INSERT INTO survey_answer_tallies
    (survey_id, department_id, service_id, question_id, score, expected_score, n)
  SELECT NEW.response_survey_id, NEW.response_department_id, NEW.response_service_id,
         NEW.question_id, NEW.score, NEW.expected_score, 1
  WHERE changes () = 0;
END;

-- The old row leaves its tally, the new one joins its own: a row at 1
-- goes rather than fall to 0.
CREATE TRIGGER survey_answer_tallies_update
AFTER UPDATE OF deleted_at, question_id, score, expected_score, text, response_survey_id,
  response_department_id, response_service_id ON survey_answers
WHEN (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL) OR (OLD.text IS NULL) <> (NEW.text IS NULL)
  OR OLD.question_id IS NOT NEW.question_id OR OLD.score IS NOT NEW.score
  OR OLD.expected_score IS NOT NEW.expected_score
  OR OLD.response_survey_id IS NOT NEW.response_survey_id
  OR OLD.response_department_id IS NOT NEW.response_department_id
  OR OLD.response_service_id IS NOT NEW.response_service_id
BEGIN
  DELETE FROM survey_answer_tallies
  WHERE OLD.deleted_at IS NULL AND OLD.text IS NULL AND n = 1
    AND survey_id = OLD.response_survey_id AND department_id IS OLD.response_department_id
    AND question_id = OLD.question_id AND score IS OLD.score
    AND expected_score IS OLD.expected_score AND service_id IS OLD.response_service_id;
  UPDATE survey_answer_tallies SET n = n - 1
  WHERE OLD.deleted_at IS NULL AND OLD.text IS NULL
    AND survey_id = OLD.response_survey_id AND department_id IS OLD.response_department_id
    AND question_id = OLD.question_id AND score IS OLD.score
    AND expected_score IS OLD.expected_score AND service_id IS OLD.response_service_id;
  UPDATE survey_answer_tallies SET n = n + 1
  WHERE NEW.deleted_at IS NULL AND NEW.text IS NULL
    AND survey_id = NEW.response_survey_id AND department_id IS NEW.response_department_id
    AND question_id = NEW.question_id AND score IS NEW.score
    AND expected_score IS NEW.expected_score AND service_id IS NEW.response_service_id;
  INSERT INTO survey_answer_tallies
    (survey_id, department_id, service_id, question_id, score, expected_score, n)
  SELECT NEW.response_survey_id, NEW.response_department_id, NEW.response_service_id,
         NEW.question_id, NEW.score, NEW.expected_score, 1
  WHERE NEW.deleted_at IS NULL AND NEW.text IS NULL AND NEW.response_survey_id IS NOT NULL
    AND changes () = 0;
END;

CREATE TRIGGER survey_answer_tallies_delete
AFTER DELETE ON survey_answers
WHEN OLD.deleted_at IS NULL AND OLD.text IS NULL AND OLD.response_survey_id IS NOT NULL
BEGIN
  DELETE FROM survey_answer_tallies
  WHERE n = 1 AND survey_id = OLD.response_survey_id
    AND department_id IS OLD.response_department_id AND question_id = OLD.question_id
    AND score IS OLD.score AND expected_score IS OLD.expected_score
    AND service_id IS OLD.response_service_id;
  UPDATE survey_answer_tallies SET n = n - 1
  WHERE survey_id = OLD.response_survey_id AND department_id IS OLD.response_department_id
    AND question_id = OLD.question_id AND score IS OLD.score
    AND expected_score IS OLD.expected_score AND service_id IS OLD.response_service_id;
END;

-- The comments, read with everything the results ask of them: a
-- questionnaire's few thousand comments, side by side in the index,
-- rather than as many rows looked up across the table.
DROP INDEX survey_answers_comments;
CREATE INDEX survey_answers_comments ON survey_answers
  (response_survey_id, response_submitted_at, response_department_id, response_service_id,
   question_id, text)
  WHERE deleted_at IS NULL AND text IS NOT NULL;

-- How many live responses each questionnaire has, per respondent's
-- department and service: the results' counts when no period is asked,
-- a row per group rather than a read of every response.
CREATE TABLE survey_response_tallies (
  survey_id TEXT NOT NULL,
  department_id TEXT,
  service_id TEXT,
  n INTEGER NOT NULL CHECK (n > 0)
);
CREATE INDEX survey_response_tallies_key ON survey_response_tallies
  (survey_id, department_id, service_id, n);

INSERT INTO survey_response_tallies (survey_id, department_id, service_id, n)
  SELECT survey_id, department_id, service_id, count (*)
  FROM survey_responses
  WHERE deleted_at IS NULL
  GROUP BY survey_id, department_id, service_id;

CREATE TRIGGER survey_response_tallies_insert
AFTER INSERT ON survey_responses
WHEN NEW.deleted_at IS NULL
BEGIN
  UPDATE survey_response_tallies SET n = n + 1
  WHERE survey_id = NEW.survey_id AND department_id IS NEW.department_id
    AND service_id IS NEW.service_id;
  INSERT INTO survey_response_tallies (survey_id, department_id, service_id, n)
  SELECT NEW.survey_id, NEW.department_id, NEW.service_id, 1
  WHERE changes () = 0;
END;

CREATE TRIGGER survey_response_tallies_update
AFTER UPDATE OF survey_id, department_id, service_id, deleted_at ON survey_responses
WHEN (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL) OR OLD.survey_id IS NOT NEW.survey_id
  OR OLD.department_id IS NOT NEW.department_id OR OLD.service_id IS NOT NEW.service_id
BEGIN
  DELETE FROM survey_response_tallies
  WHERE OLD.deleted_at IS NULL AND n = 1 AND survey_id = OLD.survey_id
    AND department_id IS OLD.department_id AND service_id IS OLD.service_id;
  UPDATE survey_response_tallies SET n = n - 1
  WHERE OLD.deleted_at IS NULL AND survey_id = OLD.survey_id
    AND department_id IS OLD.department_id AND service_id IS OLD.service_id;
  UPDATE survey_response_tallies SET n = n + 1
  WHERE NEW.deleted_at IS NULL AND survey_id = NEW.survey_id
    AND department_id IS NEW.department_id AND service_id IS NEW.service_id;
  INSERT INTO survey_response_tallies (survey_id, department_id, service_id, n)
  SELECT NEW.survey_id, NEW.department_id, NEW.service_id, 1
  WHERE NEW.deleted_at IS NULL AND changes () = 0;
END;

CREATE TRIGGER survey_response_tallies_delete
AFTER DELETE ON survey_responses
WHEN OLD.deleted_at IS NULL
BEGIN
  DELETE FROM survey_response_tallies
  WHERE n = 1 AND survey_id = OLD.survey_id AND department_id IS OLD.department_id
    AND service_id IS OLD.service_id;
  UPDATE survey_response_tallies SET n = n - 1
  WHERE survey_id = OLD.survey_id AND department_id IS OLD.department_id
    AND service_id IS OLD.service_id;
END;
