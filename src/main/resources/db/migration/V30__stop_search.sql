-- Stop and search and stop and account records (PACE Code A), in the terms data.police.uk publishes. A record is
-- made once and not changed: it is what the person stopped was given a copy of. The person stopped is linked by id
-- only (person records belong to another module).
CREATE SEQUENCE stop_number;

CREATE TABLE stop_search
(
  id                          UUID PRIMARY KEY,
  reference                   TEXT        NOT NULL UNIQUE,
  type                        TEXT        NOT NULL,
  stopped_at                  TIMESTAMPTZ NOT NULL,
  postcode                    TEXT,
  location_description        TEXT,
  latitude                    DOUBLE PRECISION,
  longitude                   DOUBLE PRECISION,
  person_id                   UUID,
  person_name                 TEXT,
  gender                      TEXT,
  age_range                   TEXT,
  self_defined_ethnicity      TEXT,
  officer_defined_ethnicity   TEXT,
  legislation                 TEXT,
  authorisation               TEXT,
  object_of_search            TEXT,
  grounds                     TEXT,
  outcome                     TEXT,
  outcome_linked_to_object    BOOLEAN,
  removal_of_outer_clothing   BOOLEAN     NOT NULL DEFAULT FALSE,
  operation                   TEXT,
  officer                     TEXT        NOT NULL,
  concern                     TEXT,
  concern_details             TEXT,
  -- Where a record came from outside Peel (the demo's rows from data.police.uk), the source; null when recorded here.
  source                      TEXT,
  recorded_at                 TIMESTAMPTZ NOT NULL,
  recorded_by                 TEXT        NOT NULL,
  CONSTRAINT stop_search_has_a_power CHECK (type = 'STOP_AND_ACCOUNT' OR source IS NOT NULL OR legislation IS NOT NULL),
  CONSTRAINT stop_search_concern_explained CHECK (concern IS NULL OR concern_details IS NOT NULL)
);
CREATE INDEX stop_search_stopped_at_idx ON stop_search (stopped_at DESC);
CREATE INDEX stop_search_by_person_idx ON stop_search (person_id, stopped_at) WHERE person_id IS NOT NULL;
