-- qualserv: rebuilds tables
-- Schema 20: indicators a department defines for itself.
--
-- Besides the built-in figures, a department may follow its own: what is
-- counted (a measure of the dashboard, nick of QsMeasure), among which
-- requests (a channel, a kind, a category of problem, a service: any
-- left empty), its target and direction, the period it is judged over
-- (now also a week), who answers for it, and below how many requests it
-- is not judged. Without a measure it is typed in by hand, a value a
-- period (indicator_values). The table is rebuilt to let the period be a
-- week (a CHECK constraint); its rows are kept as they were.
--
-- A department also says below how many requests its figures are too few
-- to judge. For both, 0 (or less, or empty) is the default: the
-- department's, then 10.
CREATE TABLE indicators_rebuilt (
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
  period TEXT NOT NULL DEFAULT 'month' CHECK (period IN ('month', 'quarter', 'year', 'week')),
  unit TEXT,
  measure TEXT,
  channel TEXT,
  request_kind TEXT,
  problem TEXT,
  service_id TEXT REFERENCES services (id) DEFERRABLE INITIALLY DEFERRED,
  owner_id TEXT REFERENCES clients (id) DEFERRABLE INITIALLY DEFERRED,
  min_count INTEGER
);

INSERT INTO indicators_rebuilt
  (id, created_at, updated_at, deleted_at, ref, name_en, name_fr, department_id, commitment_id,
   kind, dimension, target, direction, period, unit)
  SELECT id, created_at, updated_at, deleted_at, ref, name_en, name_fr, department_id,
    commitment_id, kind, dimension, target, direction, period, unit
  FROM indicators;

-- What the older kinds counted, as measures: a volume is the requests
-- received, a resolution rate the share resolved in time. A compliance
-- or satisfaction indicator is a built-in figure already.
UPDATE indicators_rebuilt SET measure = 'received' WHERE kind = 'volume';
UPDATE indicators_rebuilt SET measure = 'kept' WHERE kind = 'resolution-rate';

DROP TABLE indicators;
ALTER TABLE indicators_rebuilt RENAME TO indicators;
CREATE UNIQUE INDEX indicators_ref ON indicators (ref);
CREATE INDEX indicators_department ON indicators (department_id) WHERE deleted_at IS NULL;

ALTER TABLE departments ADD COLUMN indicator_min_count INTEGER;

-- An alert on a weekly indicator is kept by its week.
CREATE TABLE alerts_rebuilt (
  id TEXT PRIMARY KEY NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  department_id TEXT NOT NULL REFERENCES departments (id) DEFERRABLE INITIALLY DEFERRED,
  indicator_ref TEXT NOT NULL CHECK (indicator_ref <> ''),
  subject TEXT,
  period TEXT NOT NULL DEFAULT 'month' CHECK (period IN ('month', 'quarter', 'year', 'week')),
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
INSERT INTO alerts_rebuilt SELECT * FROM alerts;
DROP TABLE alerts;
ALTER TABLE alerts_rebuilt RENAME TO alerts;
CREATE UNIQUE INDEX alerts_once ON alerts (department_id, indicator_ref, period, period_start)
  WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX alerts_open ON alerts (department_id, indicator_ref, period)
  WHERE deleted_at IS NULL AND status = 'open';
CREATE INDEX alerts_complaint ON alerts (complaint_id) WHERE complaint_id IS NOT NULL;
