-- A change's s.62 entry is written in the change's own transaction, as before, but no longer chained there: it goes
-- into audit_unsealed_entry, without taking any lock, and commits (or rolls back) with the change. One sealer
-- chains the committed entries into audit_entry moments later, in its own transaction under the chain's lock
-- (decision 0016). Before this, every audited change held the chain's lock from its append until its commit had
-- reached the disk, so one slow commit made every other audited change wait: the control-room benchmark's
-- incident creations queued there for hundreds of milliseconds beside a search load.
--
-- The sealer numbers each entry afresh (nextval under the lock) as it chains it, so audit_entry stays ordered by
-- seq in chain order even when changes commit in a different order from the one in which they were numbered; the
-- number the entry had while unsealed is kept in provisional_seq. The previous release keeps appending to
-- audit_entry directly under the same lock, which the sealer also takes: during a rolling upgrade both extend the
-- one chain correctly.
CREATE TABLE audit_unsealed_entry
(
  seq            BIGINT PRIMARY KEY DEFAULT nextval('audit_entry_seq'),
  occurred_at    TIMESTAMPTZ NOT NULL,
  username       TEXT        NOT NULL,
  action         TEXT        NOT NULL CHECK (action IN
                   ('COLLECTION', 'ALTERATION', 'CONSULTATION', 'DISCLOSURE', 'COMBINATION', 'ERASURE')),
  record_type    TEXT        NOT NULL,
  record_ids     TEXT[]      NOT NULL,
  justification  TEXT,
  recipient      TEXT,
  detail         TEXT,
  request_id     TEXT
);

ALTER TABLE audit_entry ADD COLUMN provisional_seq BIGINT;
CREATE UNIQUE INDEX audit_entry_provisional_seq_idx ON audit_entry (provisional_seq) WHERE provisional_seq IS NOT NULL;

-- An unsealed entry can never be changed, and leaves the table only once the chain holds it: the database itself
-- refuses to delete one that audit_entry does not yet hold under its provisional number.
CREATE FUNCTION audit_unsealed_leave() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM audit_entry WHERE provisional_seq = OLD.seq) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_unsealed_entry: % refused; an entry leaves only when it is sealed into audit_entry', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_unsealed_entry_guard
  BEFORE UPDATE OR DELETE ON audit_unsealed_entry
  FOR EACH ROW EXECUTE FUNCTION audit_unsealed_leave();

CREATE TRIGGER audit_unsealed_entry_no_truncate
  BEFORE TRUNCATE ON audit_unsealed_entry
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- The whole s.62 log, as auditors and the pages read it: unsealed entries are in it from the moment their change
-- commits, without a hash until they are sealed.
CREATE OR REPLACE VIEW audit_log AS
  SELECT seq, occurred_at, username, action, record_type, record_ids, justification, recipient, detail, request_id,
         previous_hash, hash
    FROM audit_entry
  UNION ALL
  SELECT seq, occurred_at, username, action, record_type, record_ids, justification, recipient, detail, request_id,
         previous_hash, hash
    FROM audit_read_entry
  UNION ALL
  SELECT seq, occurred_at, username, action, record_type, record_ids, justification, recipient, detail, request_id,
         NULL::text, NULL::text
    FROM audit_unsealed_entry;
