-- Crime recording (NCRS): every crime-related report opens a recording decision with a 24-hour clock; a decision
-- is "recorded" (one crime per victim) or "not a crime" with a reason. Crimes keep every version; cancelling or
-- reclassifying one is a request approved by a designated decision maker or the Force Crime Registrar.
-- Additive only: no existing table changes.

CREATE TABLE crime_recording_decision
(
  id                    UUID PRIMARY KEY,
  channel               TEXT        NOT NULL,
  -- An incident closed as crime-related opens exactly one decision, however often its referral is taken.
  incident_id           UUID UNIQUE,
  source_reference      TEXT        NOT NULL,
  reported_at           TIMESTAMPTZ NOT NULL,
  due_at                TIMESTAMPTZ NOT NULL,
  opened_at             TIMESTAMPTZ NOT NULL,
  opened_by             TEXT        NOT NULL,
  status                TEXT        NOT NULL CHECK (status IN ('DUE', 'RECORDED', 'NOT_A_CRIME')),
  decided_at            TIMESTAMPTZ,
  decided_by            TEXT,
  no_crime_reason       TEXT,
  no_crime_explanation  TEXT,
  report                JSONB       NOT NULL,
  CHECK ((status = 'DUE') = (decided_at IS NULL)),
  CHECK (status <> 'NOT_A_CRIME' OR (no_crime_reason IS NOT NULL AND length(no_crime_explanation) > 0))
);
CREATE INDEX crime_decision_due_idx ON crime_recording_decision (due_at) WHERE status = 'DUE';
CREATE INDEX crime_decision_reported_idx ON crime_recording_decision (reported_at);

-- Crime reference numbers run from 1 in each year: CR-2026-000001.
CREATE TABLE crime_number
(
  year  INT PRIMARY KEY,
  last  BIGINT NOT NULL
);

CREATE TABLE crime
(
  id              UUID PRIMARY KEY,
  crn             TEXT        NOT NULL UNIQUE,
  version         INT         NOT NULL CHECK (version >= 1),
  decision_id     UUID        NOT NULL REFERENCES crime_recording_decision (id),
  classification  TEXT        NOT NULL,
  status          TEXT        NOT NULL CHECK (status IN ('RECORDED', 'CANCELLED')),
  victim_id       UUID,
  allocated_to    TEXT,
  recorded_at     TIMESTAMPTZ NOT NULL,
  recorded_by     TEXT        NOT NULL,
  updated_at      TIMESTAMPTZ NOT NULL,
  details         JSONB       NOT NULL
);
CREATE INDEX crime_decision_idx ON crime (decision_id);
CREATE INDEX crime_recorded_idx ON crime (recorded_at DESC);
CREATE INDEX crime_victim_idx ON crime (victim_id);

-- Every version of every crime, whole, with what changed and why: reclassification never overwrites.
CREATE TABLE crime_version
(
  crime_id        UUID        NOT NULL REFERENCES crime (id),
  version         INT         NOT NULL,
  at              TIMESTAMPTZ NOT NULL,
  by_user         TEXT        NOT NULL,
  change          TEXT        NOT NULL,
  classification  TEXT        NOT NULL,
  status          TEXT        NOT NULL,
  document        JSONB       NOT NULL,
  PRIMARY KEY (crime_id, version)
);

-- A cancellation or reclassification asked for, and the decision maker's answer.
CREATE TABLE crime_change_request
(
  id                  UUID PRIMARY KEY,
  crime_id            UUID        NOT NULL REFERENCES crime (id),
  kind                TEXT        NOT NULL CHECK (kind IN ('CANCELLATION', 'RECLASSIFICATION')),
  reason              TEXT        NOT NULL,
  explanation         TEXT        NOT NULL,
  new_classification  TEXT,
  requested_at        TIMESTAMPTZ NOT NULL,
  requested_by        TEXT        NOT NULL,
  status              TEXT        NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REFUSED')),
  decided_at          TIMESTAMPTZ,
  decided_by          TEXT,
  decision_note       TEXT,
  CHECK (kind <> 'RECLASSIFICATION' OR new_classification IS NOT NULL),
  CHECK ((status = 'PENDING') = (decided_at IS NULL)),
  CHECK (status = 'PENDING' OR decided_by <> requested_by)
);
CREATE INDEX crime_change_crime_idx ON crime_change_request (crime_id);
CREATE UNIQUE INDEX crime_change_one_pending_idx ON crime_change_request (crime_id) WHERE status = 'PENDING';

-- Each reconciliation run and what it found, so the page and the registrar can show when completeness was last
-- proved and what was wrong then.
CREATE TABLE crime_reconciliation_run
(
  id          BIGSERIAL PRIMARY KEY,
  run_at      TIMESTAMPTZ NOT NULL,
  by_user     TEXT        NOT NULL,
  took_ms     BIGINT      NOT NULL,
  exceptions  INT         NOT NULL,
  unexplained INT         NOT NULL,
  report      JSONB       NOT NULL
);

CREATE FUNCTION crime_refuse_change() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION '%: % refused; crime records are corrected by new versions, never removed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER crime_version_append_only
  BEFORE UPDATE OR DELETE ON crime_version
  FOR EACH ROW EXECUTE FUNCTION crime_refuse_change();
CREATE TRIGGER crime_no_delete
  BEFORE DELETE ON crime
  FOR EACH ROW EXECUTE FUNCTION crime_refuse_change();
CREATE TRIGGER crime_decision_no_delete
  BEFORE DELETE ON crime_recording_decision
  FOR EACH ROW EXECUTE FUNCTION crime_refuse_change();
CREATE TRIGGER crime_change_request_no_delete
  BEFORE DELETE ON crime_change_request
  FOR EACH ROW EXECUTE FUNCTION crime_refuse_change();
