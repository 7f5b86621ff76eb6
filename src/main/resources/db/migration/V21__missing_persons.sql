-- Missing person reports: one current row with the columns the duty inspector's live list sorts on, the gradings,
-- reviews, sightings, finding and return-home interview as a JSON document, and an append-only log.
CREATE SEQUENCE missing_person_number;

CREATE TABLE missing_person
(
  id                UUID PRIMARY KEY,
  reference         TEXT        NOT NULL UNIQUE,
  version           INT         NOT NULL,
  status            TEXT        NOT NULL,
  risk              TEXT        NOT NULL,
  name              TEXT        NOT NULL,
  person_id         UUID,
  linked_location   TEXT,
  incident_id       UUID,
  reported_at       TIMESTAMPTZ NOT NULL,
  next_review_due   TIMESTAMPTZ,
  found_at          TIMESTAMPTZ,
  interview_due_at  TIMESTAMPTZ,
  interview_done_at TIMESTAMPTZ,
  closed_at         TIMESTAMPTZ,
  details           JSONB       NOT NULL,
  updated_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX missing_person_open_idx ON missing_person (risk, next_review_due) WHERE status = 'MISSING';
CREATE INDEX missing_person_by_person_idx ON missing_person (person_id, reported_at) WHERE person_id IS NOT NULL;
CREATE INDEX missing_person_by_location_idx ON missing_person (lower(linked_location), reported_at) WHERE linked_location IS NOT NULL;
-- One report per incident, however often the incident's event is delivered.
CREATE UNIQUE INDEX missing_person_one_per_incident ON missing_person (incident_id) WHERE incident_id IS NOT NULL;

CREATE TABLE missing_person_log
(
  missing_person_id UUID        NOT NULL REFERENCES missing_person (id),
  seq               INT         NOT NULL,
  at                TIMESTAMPTZ NOT NULL,
  by_user           TEXT        NOT NULL,
  text              TEXT        NOT NULL,
  PRIMARY KEY (missing_person_id, seq)
);
CREATE TRIGGER missing_person_log_append_only BEFORE UPDATE OR DELETE ON missing_person_log
  FOR EACH ROW EXECUTE FUNCTION ppn_log_append_only();
