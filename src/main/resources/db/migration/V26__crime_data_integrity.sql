-- Crime data integrity (CDI) audits: an auditor draws a reproducible random sample of a period's incidents and
-- judges, for each crime that should have been recorded, whether it was. Samples never change once drawn; each
-- judgement is a new version beside the earlier ones, so an audit's figures can be traced to who judged what, when.
-- Additive only: no existing table changes.

CREATE TABLE crime_integrity_sample
(
  id              UUID PRIMARY KEY,
  title           TEXT        NOT NULL,
  period_from     TIMESTAMPTZ NOT NULL,
  period_to       TIMESTAMPTZ NOT NULL CHECK (period_to > period_from),
  seed            BIGINT      NOT NULL,
  requested_size  INT         NOT NULL CHECK (requested_size >= 1),
  -- How many incidents the rule found in the period when the sample was drawn, and the rule itself, so the sample
  -- can be drawn again from the seed and compared.
  population      BIGINT      NOT NULL,
  rule            JSONB       NOT NULL,
  drawn_at        TIMESTAMPTZ NOT NULL,
  drawn_by        TEXT        NOT NULL
);
CREATE INDEX crime_integrity_sample_drawn_idx ON crime_integrity_sample (drawn_at DESC);

CREATE TABLE crime_integrity_sample_incident
(
  sample_id    UUID NOT NULL REFERENCES crime_integrity_sample (id),
  position     INT  NOT NULL,
  incident_id  UUID NOT NULL,
  PRIMARY KEY (sample_id, position),
  UNIQUE (sample_id, incident_id)
);

-- One line per crime that should have been recorded from an incident (one per victim, as the counting rules say),
-- each change to a line a new version. The line's latest version counts.
CREATE TABLE crime_integrity_judgement
(
  sample_id     UUID        NOT NULL,
  incident_id   UUID        NOT NULL,
  line          INT         NOT NULL CHECK (line >= 1),
  version       INT         NOT NULL CHECK (version >= 1),
  outcome       TEXT        NOT NULL CHECK (outcome IN ('RECORDED', 'RECORDED_LATE', 'NOT_RECORDED', 'NOT_A_CRIME', 'WITHDRAWN')),
  offence_code  TEXT,
  crn           TEXT,
  note          TEXT        NOT NULL,
  judged_at     TIMESTAMPTZ NOT NULL,
  judged_by     TEXT        NOT NULL,
  PRIMARY KEY (sample_id, incident_id, line, version),
  FOREIGN KEY (sample_id, incident_id) REFERENCES crime_integrity_sample_incident (sample_id, incident_id),
  -- A crime recorded or not recorded is always judged against the offence that should have been recorded.
  CHECK (outcome IN ('NOT_A_CRIME', 'WITHDRAWN') OR offence_code IS NOT NULL)
);

CREATE TRIGGER crime_integrity_sample_append_only
  BEFORE UPDATE OR DELETE ON crime_integrity_sample
  FOR EACH ROW EXECUTE FUNCTION crime_refuse_change();
CREATE TRIGGER crime_integrity_sample_incident_append_only
  BEFORE UPDATE OR DELETE ON crime_integrity_sample_incident
  FOR EACH ROW EXECUTE FUNCTION crime_refuse_change();
CREATE TRIGGER crime_integrity_judgement_append_only
  BEFORE UPDATE OR DELETE ON crime_integrity_judgement
  FOR EACH ROW EXECUTE FUNCTION crime_refuse_change();
