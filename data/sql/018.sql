-- Schema 18: alerts raised when an indicator falls below its target.
--
-- An alert is raised once per indicator and period: for a department, the
-- first completed period whose figure missed its target. It opens an
-- internal complaint (complaint_id); each further period still missed
-- escalates it one level (last_period_start, level), and a period back on
-- target marks it recovered. Whoever scans (the window, the command line)
-- and however often, the unique index keeps it one.
CREATE TABLE alerts (
  id TEXT PRIMARY KEY NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  department_id TEXT NOT NULL REFERENCES departments (id) DEFERRABLE INITIALLY DEFERRED,
  indicator_ref TEXT NOT NULL CHECK (indicator_ref <> ''),
  subject TEXT,
  period TEXT NOT NULL DEFAULT 'month' CHECK (period IN ('month', 'quarter', 'year')),
  period_start TEXT NOT NULL CHECK (period_start <> '') CHECK (period_start IS NULL OR date(period_start) = period_start),
  last_period_start TEXT CHECK (last_period_start IS NULL OR date(last_period_start) = last_period_start),
  value REAL,
  target REAL,
  numerator INTEGER NOT NULL DEFAULT 0,
  denominator INTEGER NOT NULL DEFAULT 0,
  level INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'recovered')),
  recovered_period_start TEXT CHECK (recovered_period_start IS NULL OR date(recovered_period_start) = recovered_period_start),
  complaint_id TEXT REFERENCES requests (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE UNIQUE INDEX alerts_once ON alerts (department_id, indicator_ref, period, period_start)
  WHERE deleted_at IS NULL;
-- One open alert per indicator: the one a missed period escalates.
CREATE UNIQUE INDEX alerts_open ON alerts (department_id, indicator_ref, period)
  WHERE deleted_at IS NULL AND status = 'open';
CREATE INDEX alerts_complaint ON alerts (complaint_id) WHERE complaint_id IS NOT NULL;

-- The dashboard's response rate: a provider's requests whose client was
-- asked about them, by the day they were asked.
CREATE INDEX requests_provider_surveyed ON requests (department_id, survey_asked_at, id)
  WHERE deleted_at IS NULL AND survey_asked_at IS NOT NULL;
