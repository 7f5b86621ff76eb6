-- Person (nominal) records. The current state of each person is one row whose `details` document holds names,
-- aliases, dates of birth, addresses, identifiers and warning markers; every state it has ever had is an
-- immutable row of person_version. A correction writes a new version and moves the current row forward only if
-- nobody else did first (optimistic concurrency on `version`).
CREATE TABLE person
(
  id          UUID PRIMARY KEY,
  version     INT         NOT NULL CHECK (version >= 1),
  surname     TEXT        NOT NULL,
  forenames   TEXT        NOT NULL DEFAULT '',
  details     JSONB       NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL,
  created_by  TEXT        NOT NULL,
  updated_at  TIMESTAMPTZ NOT NULL,
  updated_by  TEXT        NOT NULL
);
CREATE INDEX person_name_idx ON person (lower(surname), lower(forenames));
CREATE INDEX person_updated_idx ON person (updated_at DESC);

CREATE TABLE person_version
(
  person_id    UUID        NOT NULL REFERENCES person (id),
  version      INT         NOT NULL,
  details      JSONB       NOT NULL,
  recorded_at  TIMESTAMPTZ NOT NULL,
  recorded_by  TEXT        NOT NULL,
  reason       TEXT,
  PRIMARY KEY (person_id, version)
);

CREATE FUNCTION person_version_refuse_change() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'person_version is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER person_version_append_only
  BEFORE UPDATE OR DELETE ON person_version
  FOR EACH ROW EXECUTE FUNCTION person_version_refuse_change();

-- Nothing is hard-deleted: erasure happens only through a recorded retention decision, which later issues add.
CREATE FUNCTION person_refuse_delete() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'person records are never deleted; use a retention decision' USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER person_no_delete
  BEFORE DELETE ON person
  FOR EACH ROW EXECUTE FUNCTION person_refuse_delete();
