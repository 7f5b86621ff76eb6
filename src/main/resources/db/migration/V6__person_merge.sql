-- One golden record per person: merging two records of the same person. The merged record is never deleted; it
-- points at the record it was merged into (expand only: the previous release ignores the new column). Each merge
-- keeps what the merged record contributed, so the survivor's items have a provenance and the merge can be undone
-- even after the survivor has been corrected since.
ALTER TABLE person ADD COLUMN merged_into UUID REFERENCES person (id);
CREATE INDEX person_merged_into_idx ON person (merged_into) WHERE merged_into IS NOT NULL;

CREATE TABLE person_merge
(
  id                      UUID PRIMARY KEY,
  survivor_id             UUID        NOT NULL REFERENCES person (id),
  merged_id               UUID        NOT NULL REFERENCES person (id),
  survivor_version_before INT         NOT NULL,
  survivor_version_after  INT         NOT NULL,
  merged_version          INT         NOT NULL,
  -- The names, dates, addresses, identifiers and markers the merged record added to the survivor.
  contributed             JSONB       NOT NULL,
  reason                  TEXT        NOT NULL,
  merged_at               TIMESTAMPTZ NOT NULL,
  merged_by               TEXT        NOT NULL,
  undone_at               TIMESTAMPTZ,
  undone_by               TEXT,
  undo_reason             TEXT,
  survivor_version_undone INT,
  CHECK (survivor_id <> merged_id)
);
CREATE INDEX person_merge_survivor_idx ON person_merge (survivor_id);
CREATE INDEX person_merge_merged_idx ON person_merge (merged_id);
