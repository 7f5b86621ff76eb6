-- Command and control: incidents from call taking to closure, the units that attend them, and the append-only
-- logs of both. The current state of each incident and unit is one row (with columns the boards sort and filter
-- on); everything that ever happened to it is an immutable log row, written in the same transaction.

CREATE SEQUENCE incident_number;

CREATE TABLE incident
(
  id                 UUID PRIMARY KEY,
  reference          TEXT        NOT NULL UNIQUE,
  version            INT         NOT NULL CHECK (version >= 1),
  status             TEXT        NOT NULL,
  grade              TEXT        NOT NULL,
  opening_category   TEXT        NOT NULL,
  call_started_at    TIMESTAMPTZ NOT NULL,
  created_at         TIMESTAMPTZ NOT NULL,
  created_by         TEXT        NOT NULL,
  first_assigned_at  TIMESTAMPTZ,
  first_arrived_at   TIMESTAMPTZ,
  closed_at          TIMESTAMPTZ,
  closing_category   TEXT,
  crime_related      BOOLEAN     NOT NULL DEFAULT FALSE,
  postcode           TEXT,
  latitude           DOUBLE PRECISION,
  longitude          DOUBLE PRECISION,
  linked_to          UUID REFERENCES incident (id),
  details            JSONB       NOT NULL,
  updated_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX incident_open_idx ON incident (created_at) WHERE status <> 'CLOSED';
CREATE INDEX incident_created_idx ON incident (created_at DESC);
CREATE INDEX incident_postcode_idx ON incident (postcode, created_at DESC);
CREATE INDEX incident_position_idx ON incident (latitude, longitude);

CREATE TABLE incident_log
(
  incident_id  UUID        NOT NULL REFERENCES incident (id),
  seq          INT         NOT NULL,
  at           TIMESTAMPTZ NOT NULL,
  by_user      TEXT        NOT NULL,
  kind         TEXT        NOT NULL,
  text         TEXT        NOT NULL,
  PRIMARY KEY (incident_id, seq)
);

-- Escalations raised by the grade clocks: one row per incident and kind, so a sweep that runs twice raises once.
CREATE TABLE incident_alert
(
  incident_id      UUID        NOT NULL REFERENCES incident (id),
  kind             TEXT        NOT NULL,
  role             TEXT        NOT NULL,
  raised_at        TIMESTAMPTZ NOT NULL,
  message          TEXT        NOT NULL,
  acknowledged_at  TIMESTAMPTZ,
  acknowledged_by  TEXT,
  PRIMARY KEY (incident_id, kind)
);
CREATE INDEX incident_alert_open_idx ON incident_alert (raised_at) WHERE acknowledged_at IS NULL;

-- Incidents closed as crime-related, awaiting their crime recording decision (NCRS: within 24 hours). Written in
-- the closing transaction; crime recording takes them from here.
CREATE TABLE crime_recording_referral
(
  incident_id       UUID PRIMARY KEY REFERENCES incident (id),
  closing_category  TEXT        NOT NULL,
  closed_at         TIMESTAMPTZ NOT NULL,
  decision_due_at   TIMESTAMPTZ NOT NULL,
  taken_at          TIMESTAMPTZ
);

CREATE TABLE unit
(
  call_sign        TEXT PRIMARY KEY,
  version          INT         NOT NULL CHECK (version >= 1),
  type             TEXT        NOT NULL,
  status           TEXT        NOT NULL,
  status_since     TIMESTAMPTZ NOT NULL,
  incident_id      UUID REFERENCES incident (id),
  latitude         DOUBLE PRECISION,
  longitude        DOUBLE PRECISION,
  position_at      TIMESTAMPTZ,
  details          JSONB       NOT NULL,
  updated_at       TIMESTAMPTZ NOT NULL
);

CREATE TABLE unit_log
(
  call_sign    TEXT        NOT NULL REFERENCES unit (call_sign),
  seq          BIGSERIAL   PRIMARY KEY,
  at           TIMESTAMPTZ NOT NULL,
  by_user      TEXT        NOT NULL,
  status       TEXT        NOT NULL,
  incident_id  UUID,
  text         TEXT        NOT NULL
);
CREATE INDEX unit_log_unit_idx ON unit_log (call_sign, seq);

CREATE FUNCTION command_and_control_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused; corrections are new entries', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER incident_log_append_only
  BEFORE UPDATE OR DELETE ON incident_log
  FOR EACH ROW EXECUTE FUNCTION command_and_control_log_refuse_change();
CREATE TRIGGER unit_log_append_only
  BEFORE UPDATE OR DELETE ON unit_log
  FOR EACH ROW EXECUTE FUNCTION command_and_control_log_refuse_change();
CREATE TRIGGER incident_no_delete
  BEFORE DELETE ON incident
  FOR EACH ROW EXECUTE FUNCTION command_and_control_log_refuse_change();

-- While a call handler types a location, Peel shows the people linked to that postcode and their warning markers.
CREATE INDEX person_addresses_idx ON person USING gin ((details -> 'addresses') jsonb_path_ops);
