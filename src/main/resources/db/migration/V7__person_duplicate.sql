-- Probable duplicate person records found by the duplicate-detection job, awaiting a person's decision. The pair is
-- stored once, lower id first. A decision (not the same person, or merged) is kept, so a dismissed pair is not
-- offered again by the next scan.
CREATE TABLE person_duplicate
(
  person_a    UUID             NOT NULL REFERENCES person (id),
  person_b    UUID             NOT NULL REFERENCES person (id),
  score       DOUBLE PRECISION NOT NULL,
  evidence    JSONB            NOT NULL,
  found_at    TIMESTAMPTZ      NOT NULL,
  status      TEXT             NOT NULL CHECK (status IN ('OPEN', 'DISMISSED', 'MERGED')),
  decided_by  TEXT,
  decided_at  TIMESTAMPTZ,
  decision    TEXT,
  PRIMARY KEY (person_a, person_b),
  CHECK (person_a < person_b)
);
CREATE INDEX person_duplicate_open_idx ON person_duplicate (score DESC) WHERE status = 'OPEN';
