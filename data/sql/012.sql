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
