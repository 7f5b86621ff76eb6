-- Crime investigation (issue 5): who investigates each recorded crime and in which team's queue, the plan, tasks,
-- supervisor reviews, contact with the victim at the frequency they chose (Victims' Code), and the Home Office
-- outcome. Plans, reviews, contacts and outcomes are append-only: a new version or entry, never an overwrite.

CREATE TABLE investigation
(
  crime_id              UUID PRIMARY KEY REFERENCES crime (id),
  crn                   TEXT        NOT NULL,
  classification        TEXT        NOT NULL,
  category              TEXT        NOT NULL,
  has_victim            BOOLEAN     NOT NULL,
  opened_at             TIMESTAMPTZ NOT NULL,
  team                  TEXT        NOT NULL,
  officer               TEXT,
  supervisor            TEXT,
  -- Victims' Code: how often the victim asked to be updated (WEEKLY, FORTNIGHTLY, MONTHLY, KEY_POINTS).
  contact_frequency     TEXT        NOT NULL,
  -- Clocks kept on the row so that work lists are one indexed query; the entries below are the evidence.
  review_every_s        BIGINT      NOT NULL CHECK (review_every_s > 0),
  next_review_due       TIMESTAMPTZ,
  next_victim_update_due TIMESTAMPTZ,
  finalised             BOOLEAN     NOT NULL DEFAULT false,
  version               INT         NOT NULL CHECK (version >= 1),
  updated_at            TIMESTAMPTZ NOT NULL
);
CREATE INDEX investigation_officer_idx ON investigation (officer) WHERE NOT finalised;
CREATE INDEX investigation_team_idx ON investigation (team) WHERE NOT finalised;
CREATE INDEX investigation_review_due_idx ON investigation (next_review_due) WHERE NOT finalised;
CREATE INDEX investigation_victim_due_idx ON investigation (next_victim_update_due) WHERE NOT finalised;

-- What happened to the investigation, in order: allocations, frequency changes, plan versions... who and when.
CREATE TABLE investigation_log
(
  id        BIGSERIAL PRIMARY KEY,
  crime_id  UUID        NOT NULL REFERENCES investigation (crime_id),
  at        TIMESTAMPTZ NOT NULL,
  by_user   TEXT        NOT NULL,
  entry     TEXT        NOT NULL
);
CREATE INDEX investigation_log_crime_idx ON investigation_log (crime_id, id);

CREATE TABLE investigation_plan
(
  crime_id  UUID        NOT NULL REFERENCES investigation (crime_id),
  version   INT         NOT NULL CHECK (version >= 1),
  at        TIMESTAMPTZ NOT NULL,
  by_user   TEXT        NOT NULL,
  lines     JSONB       NOT NULL,
  PRIMARY KEY (crime_id, version)
);

CREATE TABLE investigation_task
(
  id          UUID PRIMARY KEY,
  crime_id    UUID        NOT NULL REFERENCES investigation (crime_id),
  description TEXT        NOT NULL CHECK (length(description) > 0),
  assignee    TEXT        NOT NULL,
  due_on      DATE        NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL,
  created_by  TEXT        NOT NULL,
  done_at     TIMESTAMPTZ,
  done_by     TEXT,
  CHECK ((done_at IS NULL) = (done_by IS NULL))
);
CREATE INDEX investigation_task_crime_idx ON investigation_task (crime_id);
CREATE INDEX investigation_task_open_idx ON investigation_task (assignee, due_on) WHERE done_at IS NULL;

CREATE TABLE investigation_review
(
  id        BIGSERIAL PRIMARY KEY,
  crime_id  UUID        NOT NULL REFERENCES investigation (crime_id),
  at        TIMESTAMPTZ NOT NULL,
  by_user   TEXT        NOT NULL,
  was_due   TIMESTAMPTZ,
  note      TEXT        NOT NULL CHECK (length(note) > 0)
);
CREATE INDEX investigation_review_crime_idx ON investigation_review (crime_id, id);

CREATE TABLE victim_contact
(
  id        BIGSERIAL PRIMARY KEY,
  crime_id  UUID        NOT NULL REFERENCES investigation (crime_id),
  at        TIMESTAMPTZ NOT NULL,
  by_user   TEXT        NOT NULL,
  method    TEXT        NOT NULL,
  note      TEXT        NOT NULL CHECK (length(note) > 0)
);
CREATE INDEX victim_contact_crime_idx ON victim_contact (crime_id, id);

-- Each outcome given, in order; the latest is the crime's outcome. A correction is a further version.
CREATE TABLE investigation_outcome
(
  crime_id      UUID        NOT NULL REFERENCES investigation (crime_id),
  version       INT         NOT NULL CHECK (version >= 1),
  outcome_type  TEXT        NOT NULL,
  outcome_date  DATE        NOT NULL,
  at            TIMESTAMPTZ NOT NULL,
  by_user       TEXT        NOT NULL,
  note          TEXT        NOT NULL CHECK (length(note) > 0),
  PRIMARY KEY (crime_id, version)
);
CREATE INDEX investigation_outcome_date_idx ON investigation_outcome (outcome_date);

CREATE TRIGGER investigation_log_append_only BEFORE UPDATE OR DELETE ON investigation_log
  FOR EACH ROW EXECUTE FUNCTION crime_refuse_change();
CREATE TRIGGER investigation_plan_append_only BEFORE UPDATE OR DELETE ON investigation_plan
  FOR EACH ROW EXECUTE FUNCTION crime_refuse_change();
CREATE TRIGGER investigation_review_append_only BEFORE UPDATE OR DELETE ON investigation_review
  FOR EACH ROW EXECUTE FUNCTION crime_refuse_change();
CREATE TRIGGER victim_contact_append_only BEFORE UPDATE OR DELETE ON victim_contact
  FOR EACH ROW EXECUTE FUNCTION crime_refuse_change();
CREATE TRIGGER investigation_outcome_append_only BEFORE UPDATE OR DELETE ON investigation_outcome
  FOR EACH ROW EXECUTE FUNCTION crime_refuse_change();
CREATE TRIGGER investigation_no_delete BEFORE DELETE ON investigation
  FOR EACH ROW EXECUTE FUNCTION crime_refuse_change();
CREATE TRIGGER investigation_task_no_delete BEFORE DELETE ON investigation_task
  FOR EACH ROW EXECUTE FUNCTION crime_refuse_change();

-- The force's secret for data.police.uk Crime IDs: a keyed hash, so the published ID cannot be turned back into
-- a crime reference by hashing every possible CRN. Made once, on the first export, and kept.
CREATE TABLE police_uk_key
(
  id   INT PRIMARY KEY CHECK (id = 1),
  key  BYTEA NOT NULL CHECK (length(key) >= 32)
);
