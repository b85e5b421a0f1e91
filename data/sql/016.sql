-- Schema 16: a questionnaire's comment taken up as feedback.
--
-- A comment read in a questionnaire's results becomes a complaint or an
-- improvement action through a piece of feedback (the Feedback view's
-- path), which names the answer it came from: the results show what each
-- comment became, and a comment is taken up once. A tombstoned piece of
-- feedback lets it be taken up again.
ALTER TABLE feedback ADD COLUMN survey_answer_id TEXT REFERENCES survey_answers (id) DEFERRABLE INITIALLY DEFERRED;
CREATE UNIQUE INDEX feedback_survey_answer ON feedback (survey_answer_id)
  WHERE survey_answer_id IS NOT NULL AND deleted_at IS NULL;

-- The results read each comment's id, to find the feedback it became:
-- the comments' covering index holds it too.
DROP INDEX survey_answers_comments;
CREATE INDEX survey_answers_comments ON survey_answers
  (response_survey_id, response_submitted_at, response_department_id, response_service_id,
   question_id, text, id)
  WHERE deleted_at IS NULL AND text IS NOT NULL;
