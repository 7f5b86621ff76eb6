-- Where imported person records came from: one row per record of a source system (a legacy RMS, a partner feed)
-- that has been brought into Peel. It makes bulk imports idempotent — the same source row imported again finds
-- the person it created instead of creating a second one — and keeps the provenance of migrated records.
-- Additive only: the previous release neither reads nor writes this table.
CREATE TABLE person_source
(
  source_system    TEXT        NOT NULL,
  -- The source's own id for the row, or 'sha256:<hash of the row>' when the source gave none.
  source_ref       TEXT        NOT NULL,
  person_id        UUID        NOT NULL REFERENCES person (id),
  -- Hash of the details as last imported, to tell a re-sent unchanged row from a changed one.
  content_hash     TEXT        NOT NULL,
  -- The person version that import produced; a later Peel correction means the import must not overwrite it.
  imported_version INT         NOT NULL,
  imported_at      TIMESTAMPTZ NOT NULL,
  imported_by      TEXT        NOT NULL,
  PRIMARY KEY (source_system, source_ref)
);
CREATE INDEX person_source_person_idx ON person_source (person_id);
