-- Schema 1 of QualServ: every entity of the domain.
--
-- Every table has a client-made text id, created_at and updated_at (Unix
-- microseconds, UTC) and a deleted_at tombstone. Enumerations are stored by
-- their nick and checked. Foreign keys are checked at commit, so a
-- transaction may write rows in any order.

CREATE TABLE departments (
  id TEXT PRIMARY KEY NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  ref TEXT NOT NULL CHECK (ref <> ''),
  name TEXT NOT NULL CHECK (name <> ''),
  parent_id TEXT REFERENCES departments (id) DEFERRABLE INITIALLY DEFERRED,
  manager_id TEXT REFERENCES clients (id) DEFERRABLE INITIALLY DEFERRED,
  is_provider INTEGER NOT NULL DEFAULT 0 CHECK (is_provider IN (0, 1)),
  email TEXT,
  phone TEXT,
  location TEXT,
  preferred_channels TEXT,
  position INTEGER NOT NULL DEFAULT 0,
  notes TEXT
);

CREATE TABLE department_needs (
  id TEXT PRIMARY KEY NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  department_id TEXT NOT NULL REFERENCES departments (id) DEFERRABLE INITIALLY DEFERRED,
  kind TEXT NOT NULL DEFAULT 'need' CHECK (kind IN ('need', 'priority', 'easier-work')),
  position INTEGER NOT NULL DEFAULT 0,
  text TEXT NOT NULL CHECK (text <> '')
);

CREATE TABLE clients (
  id TEXT PRIMARY KEY NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  department_id TEXT REFERENCES departments (id) DEFERRABLE INITIALLY DEFERRED,
  given_name TEXT,
  family_name TEXT,
  role TEXT,
  email TEXT,
  phone TEXT,
  preferred_channel TEXT NOT NULL DEFAULT 'any' CHECK (preferred_channel IN ('any', 'email', 'phone', 'voicemail', 'letter', 'fax', 'in-person', 'social-media', 'suggestion-box', 'intranet-form')),
  language TEXT NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en')),
  availability TEXT,
  privacy_preference TEXT,
  survey_consent INTEGER NOT NULL DEFAULT 0 CHECK (survey_consent IN (0, 1)),
  is_staff INTEGER NOT NULL DEFAULT 0 CHECK (is_staff IN (0, 1)),
  notes TEXT,
  anonymised_at INTEGER
);

CREATE TABLE services (
  id TEXT PRIMARY KEY NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  department_id TEXT NOT NULL REFERENCES departments (id) DEFERRABLE INITIALLY DEFERRED,
  ref TEXT,
  name TEXT NOT NULL CHECK (name <> ''),
  description TEXT
);

CREATE TABLE service_recipients (
  id TEXT PRIMARY KEY NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  service_id TEXT NOT NULL REFERENCES services (id) DEFERRABLE INITIALLY DEFERRED,
  department_id TEXT NOT NULL REFERENCES departments (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE calendars (
  id TEXT PRIMARY KEY NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  ref TEXT NOT NULL CHECK (ref <> ''),
  name TEXT NOT NULL CHECK (name <> ''),
  timezone TEXT NOT NULL CHECK (timezone <> ''),
  weekly_hours TEXT NOT NULL CHECK (weekly_hours <> ''),
  department_id TEXT REFERENCES departments (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE calendar_days (
  id TEXT PRIMARY KEY NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  calendar_id TEXT NOT NULL REFERENCES calendars (id) DEFERRABLE INITIALLY DEFERRED,
  day TEXT NOT NULL CHECK (day <> '') CHECK (day IS NULL OR date(day) = day),
  name TEXT,
  hours TEXT
);

CREATE TABLE charters (
  id TEXT PRIMARY KEY NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  ref TEXT NOT NULL CHECK (ref <> ''),
  version INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
  department_id TEXT NOT NULL REFERENCES departments (id) DEFERRABLE INITIALLY DEFERRED,
  service_id TEXT REFERENCES services (id) DEFERRABLE INITIALLY DEFERRED,
  calendar_id TEXT REFERENCES calendars (id) DEFERRABLE INITIALLY DEFERRED,
  owner_id TEXT REFERENCES clients (id) DEFERRABLE INITIALLY DEFERRED,
  language TEXT NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en')),
  title_en TEXT,
  title_fr TEXT,
  values_en TEXT,
  values_fr TEXT,
  introduction_en TEXT,
  introduction_fr TEXT,
  review_date TEXT CHECK (review_date IS NULL OR date(review_date) = review_date),
  published_at INTEGER,
  previous_id TEXT REFERENCES charters (id) DEFERRABLE INITIALLY DEFERRED,
  checklist TEXT
);

CREATE TABLE commitments (
  id TEXT PRIMARY KEY NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  charter_id TEXT NOT NULL REFERENCES charters (id) DEFERRABLE INITIALLY DEFERRED,
  position INTEGER NOT NULL DEFAULT 0,
  category TEXT NOT NULL DEFAULT 'accessibility' CHECK (category IN ('accessibility', 'availability', 'reliability', 'security', 'courtesy', 'flexibility', 'credibility')),
  text_en TEXT,
  text_fr TEXT,
  metric TEXT NOT NULL DEFAULT 'none' CHECK (metric IN ('none', 'acknowledgement', 'resolution', 'manual-rate', 'survey-score')),
  target_value REAL,
  target_unit TEXT NOT NULL DEFAULT 'business-hours' CHECK (target_unit IN ('business-hours', 'business-days', 'hours', 'days', 'seconds')),
  threshold_percent REAL,
  channel TEXT NOT NULL DEFAULT 'any' CHECK (channel IN ('any', 'email', 'phone', 'voicemail', 'letter', 'fax', 'in-person', 'social-media', 'suggestion-box', 'intranet-form')),
  request_kinds TEXT,
  owner_id TEXT REFERENCES clients (id) DEFERRABLE INITIALLY DEFERRED,
  review_date TEXT CHECK (review_date IS NULL OR date(review_date) = review_date)
);

CREATE TABLE requests (
  id TEXT PRIMARY KEY NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  ref TEXT NOT NULL CHECK (ref <> ''),
  kind TEXT NOT NULL DEFAULT 'request' CHECK (kind IN ('request', 'complaint', 'suggestion', 'compliment')),
  channel TEXT NOT NULL DEFAULT 'any' CHECK (channel IN ('any', 'email', 'phone', 'voicemail', 'letter', 'fax', 'in-person', 'social-media', 'suggestion-box', 'intranet-form')),
  client_id TEXT REFERENCES clients (id) DEFERRABLE INITIALLY DEFERRED,
  origin_department_id TEXT REFERENCES departments (id) DEFERRABLE INITIALLY DEFERRED,
  department_id TEXT REFERENCES departments (id) DEFERRABLE INITIALLY DEFERRED,
  commitment_id TEXT REFERENCES commitments (id) DEFERRABLE INITIALLY DEFERRED,
  ack_commitment_id TEXT REFERENCES commitments (id) DEFERRABLE INITIALLY DEFERRED,
  calendar_id TEXT REFERENCES calendars (id) DEFERRABLE INITIALLY DEFERRED,
  problem TEXT NOT NULL DEFAULT 'service' CHECK (problem IN ('service', 'unknown-processes', 'unclear-roles', 'hr-support', 'training', 'recognition', 'health-safety', 'outdated-technology', 'no-standards', 'no-targets', 'non-smart-work', 'poor-communication', 'no-management-help', 'delegation-without-consent', 'unfair-treatment', 'unequal-opportunity', 'discrimination', 'safeguarding', 'offensive-remarks', 'exclusion', 'ignored', 'other')),
  subject TEXT NOT NULL CHECK (subject <> ''),
  description TEXT,
  priority TEXT NOT NULL DEFAULT 'low' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
  status TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'acknowledged', 'in-analysis', 'waiting-on-client', 'resolved', 'client-informed', 'closed', 'reopened', 'rejected')),
  language TEXT NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en')),
  received_at INTEGER NOT NULL,
  acknowledged_at INTEGER,
  resolved_at INTEGER,
  client_informed_at INTEGER,
  closed_at INTEGER,
  ack_due_at INTEGER,
  resolution_due_at INTEGER,
  paused_at INTEGER,
  assignee_id TEXT REFERENCES clients (id) DEFERRABLE INITIALLY DEFERRED,
  escalation_level INTEGER NOT NULL DEFAULT 0,
  resolution TEXT,
  reject_reason TEXT,
  handling_guide TEXT
);

CREATE TABLE request_events (
  id TEXT PRIMARY KEY NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  request_id TEXT NOT NULL REFERENCES requests (id) DEFERRABLE INITIALLY DEFERRED,
  at INTEGER NOT NULL,
  actor TEXT,
  kind TEXT NOT NULL DEFAULT 'created' CHECK (kind IN ('created', 'status', 'field', 'comment', 'pause', 'resume', 'extension', 'escalation', 'reveal')),
  field TEXT,
  old_value TEXT,
  new_value TEXT,
  note TEXT
);

CREATE TABLE feedback (
  id TEXT PRIMARY KEY NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  source TEXT NOT NULL DEFAULT 'suggestion-box' CHECK (source IN ('suggestion-box', 'comment-book', 'feedback-sheet', 'questionnaire', 'complaint-procedure', 'focus-group', 'participatory-review', 'after-request')),
  department_id TEXT REFERENCES departments (id) DEFERRABLE INITIALLY DEFERRED,
  provider_department_id TEXT REFERENCES departments (id) DEFERRABLE INITIALLY DEFERRED,
  client_id TEXT REFERENCES clients (id) DEFERRABLE INITIALLY DEFERRED,
  request_id TEXT REFERENCES requests (id) DEFERRABLE INITIALLY DEFERRED,
  survey_id TEXT REFERENCES surveys (id) DEFERRABLE INITIALLY DEFERRED,
  received_at INTEGER NOT NULL,
  rating INTEGER NOT NULL DEFAULT 0,
  expected_score REAL,
  perceived_score REAL,
  comment TEXT,
  anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
  language TEXT NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en'))
);

CREATE TABLE surveys (
  id TEXT PRIMARY KEY NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  ref TEXT NOT NULL CHECK (ref <> ''),
  title_en TEXT,
  title_fr TEXT,
  department_id TEXT REFERENCES departments (id) DEFERRABLE INITIALLY DEFERRED,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
  anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
  opens_on TEXT CHECK (opens_on IS NULL OR date(opens_on) = opens_on),
  closes_on TEXT CHECK (closes_on IS NULL OR date(closes_on) = closes_on)
);

CREATE TABLE survey_questions (
  id TEXT PRIMARY KEY NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  survey_id TEXT NOT NULL REFERENCES surveys (id) DEFERRABLE INITIALLY DEFERRED,
  position INTEGER NOT NULL DEFAULT 0,
  kind TEXT NOT NULL DEFAULT 'scale' CHECK (kind IN ('scale', 'yes-no', 'text')),
  text_en TEXT,
  text_fr TEXT
);

CREATE TABLE survey_responses (
  id TEXT PRIMARY KEY NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  survey_id TEXT NOT NULL REFERENCES surveys (id) DEFERRABLE INITIALLY DEFERRED,
  department_id TEXT REFERENCES departments (id) DEFERRABLE INITIALLY DEFERRED,
  client_id TEXT REFERENCES clients (id) DEFERRABLE INITIALLY DEFERRED,
  submitted_at INTEGER NOT NULL
);

CREATE TABLE survey_answers (
  id TEXT PRIMARY KEY NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  response_id TEXT NOT NULL REFERENCES survey_responses (id) DEFERRABLE INITIALLY DEFERRED,
  question_id TEXT NOT NULL REFERENCES survey_questions (id) DEFERRABLE INITIALLY DEFERRED,
  score REAL,
  text TEXT
);

CREATE TABLE indicators (
  id TEXT PRIMARY KEY NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  ref TEXT NOT NULL CHECK (ref <> ''),
  name_en TEXT,
  name_fr TEXT,
  department_id TEXT REFERENCES departments (id) DEFERRABLE INITIALLY DEFERRED,
  commitment_id TEXT REFERENCES commitments (id) DEFERRABLE INITIALLY DEFERRED,
  kind TEXT NOT NULL DEFAULT 'compliance' CHECK (kind IN ('compliance', 'volume', 'resolution-rate', 'satisfaction', 'manual')),
  dimension TEXT NOT NULL DEFAULT 'economic' CHECK (dimension IN ('economic', 'social', 'client')),
  target REAL,
  direction TEXT NOT NULL DEFAULT 'higher-is-better' CHECK (direction IN ('higher-is-better', 'lower-is-better')),
  period TEXT NOT NULL DEFAULT 'month' CHECK (period IN ('month', 'quarter', 'year')),
  unit TEXT
);

CREATE TABLE indicator_values (
  id TEXT PRIMARY KEY NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  indicator_id TEXT NOT NULL REFERENCES indicators (id) DEFERRABLE INITIALLY DEFERRED,
  period_start TEXT NOT NULL CHECK (period_start <> '') CHECK (period_start IS NULL OR date(period_start) = period_start),
  value REAL,
  note TEXT
);

CREATE TABLE actions (
  id TEXT PRIMARY KEY NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  ref TEXT NOT NULL CHECK (ref <> ''),
  title TEXT NOT NULL CHECK (title <> ''),
  problem TEXT,
  analysis TEXT,
  solution TEXT,
  department_id TEXT REFERENCES departments (id) DEFERRABLE INITIALLY DEFERRED,
  owner_id TEXT REFERENCES clients (id) DEFERRABLE INITIALLY DEFERRED,
  stage TEXT NOT NULL DEFAULT 'plan' CHECK (stage IN ('plan', 'do', 'check', 'act', 'done', 'abandoned')),
  origin TEXT NOT NULL DEFAULT 'complaint' CHECK (origin IN ('complaint', 'indicator', 'feedback', 'suggestion', 'review', 'other')),
  benefit TEXT NOT NULL DEFAULT 'cost' CHECK (benefit IN ('cost', 'productivity', 'deadlines', 'delivery', 'satisfaction')),
  indicator_id TEXT REFERENCES indicators (id) DEFERRABLE INITIALLY DEFERRED,
  before_value REAL,
  after_value REAL,
  target_value REAL,
  due_on TEXT CHECK (due_on IS NULL OR date(due_on) = due_on),
  started_at INTEGER,
  checked_at INTEGER,
  completed_at INTEGER
);

CREATE TABLE action_links (
  id TEXT PRIMARY KEY NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  action_id TEXT NOT NULL REFERENCES actions (id) DEFERRABLE INITIALLY DEFERRED,
  kind TEXT NOT NULL DEFAULT 'request' CHECK (kind IN ('request', 'feedback', 'indicator', 'commitment')),
  target_id TEXT NOT NULL CHECK (target_id <> '')
);

CREATE UNIQUE INDEX departments_ref ON departments (ref);
CREATE INDEX departments_parent ON departments (parent_id);
CREATE INDEX department_needs_department ON department_needs (department_id, kind, position);
CREATE INDEX clients_department ON clients (department_id);
CREATE INDEX clients_email ON clients (email COLLATE NOCASE);
CREATE INDEX clients_family_name ON clients (family_name COLLATE NOCASE, given_name COLLATE NOCASE);
CREATE INDEX services_department ON services (department_id);
CREATE INDEX service_recipients_service ON service_recipients (service_id);
CREATE INDEX service_recipients_department ON service_recipients (department_id);
CREATE UNIQUE INDEX calendars_ref ON calendars (ref);
CREATE UNIQUE INDEX calendar_days_day ON calendar_days (calendar_id, day) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX charters_version ON charters (ref, version);
CREATE INDEX charters_department ON charters (department_id);
CREATE INDEX commitments_charter ON commitments (charter_id, position);
CREATE UNIQUE INDEX requests_ref ON requests (ref);
CREATE INDEX requests_received ON requests (received_at);
CREATE INDEX requests_status ON requests (status, received_at);
CREATE INDEX requests_department ON requests (department_id, received_at);
CREATE INDEX requests_client ON requests (client_id);
CREATE INDEX requests_commitment ON requests (commitment_id);
CREATE INDEX requests_ack_commitment ON requests (ack_commitment_id);
CREATE INDEX requests_assignee ON requests (assignee_id);
CREATE INDEX request_events_request ON request_events (request_id, at);
CREATE INDEX feedback_received ON feedback (received_at);
CREATE INDEX feedback_provider ON feedback (provider_department_id, received_at);
CREATE INDEX feedback_request ON feedback (request_id);
CREATE INDEX feedback_client ON feedback (client_id);
CREATE UNIQUE INDEX surveys_ref ON surveys (ref);
CREATE INDEX survey_questions_survey ON survey_questions (survey_id, position);
CREATE INDEX survey_responses_survey ON survey_responses (survey_id);
CREATE INDEX survey_answers_response ON survey_answers (response_id);
CREATE UNIQUE INDEX indicators_ref ON indicators (ref);
CREATE INDEX indicator_values_indicator ON indicator_values (indicator_id, period_start);
CREATE UNIQUE INDEX actions_ref ON actions (ref);
CREATE INDEX actions_stage ON actions (stage);
CREATE INDEX action_links_action ON action_links (action_id);
CREATE INDEX action_links_target ON action_links (target_id);
