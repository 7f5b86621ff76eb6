-- Notices raised from records other than an incident: a recorded crime with a vulnerability flag, a stop with a
-- safeguarding concern, a warning marker added to a person record. Each such record raises (or is linked to) a notice
-- of a type exactly once, however often its event is delivered: the unique index below is that guarantee.
CREATE TABLE ppn_link
(
  -- Checked at commit: the link is written before the notice, so that of two deliveries racing for the same
  -- record and type the second waits on the unique index below and then writes nothing.
  ppn_id      UUID        NOT NULL REFERENCES ppn (id) DEFERRABLE INITIALLY DEFERRED,
  -- CRIME, STOP or PERSON_MARKER: the kind of record, held by id only (the records belong to other modules).
  kind        TEXT        NOT NULL,
  linked_id   UUID        NOT NULL,
  -- Which event of the record: empty for a crime or a stop (each raises once); for a person record, the version
  -- that added the marker, so a marker lapsed and added again later raises again.
  occurrence  TEXT        NOT NULL DEFAULT '',
  type        TEXT        NOT NULL,
  reference   TEXT        NOT NULL,
  linked_at   TIMESTAMPTZ NOT NULL,
  -- True where the record raised the notice; false where it was linked to a notice already open (the incident the
  -- crime came from had already raised one for the same victim).
  raised      BOOLEAN     NOT NULL
);
CREATE UNIQUE INDEX ppn_link_once_per_record_and_type ON ppn_link (kind, linked_id, type, occurrence);
CREATE INDEX ppn_link_by_ppn_idx ON ppn_link (ppn_id);
