-- The Data Protection Act 2018 s.62 log: collection, alteration, consultation, disclosure, combination and
-- erasure of personal data. Append-only, enforced by the database itself, and hash-chained so that an entry
-- altered or removed behind the application's back is detected by `peel audit verify`.
CREATE SEQUENCE audit_entry_seq;

CREATE TABLE audit_entry
(
  seq            BIGINT PRIMARY KEY,
  occurred_at    TIMESTAMPTZ NOT NULL,
  username       TEXT        NOT NULL,
  action         TEXT        NOT NULL CHECK (action IN
                   ('COLLECTION', 'ALTERATION', 'CONSULTATION', 'DISCLOSURE', 'COMBINATION', 'ERASURE')),
  record_type    TEXT        NOT NULL,
  record_ids     TEXT[]      NOT NULL,
  justification  TEXT,
  recipient      TEXT,
  detail         TEXT,
  request_id     TEXT,
  previous_hash  TEXT        NOT NULL,
  hash           TEXT        NOT NULL
);
CREATE INDEX audit_entry_record_ids_idx ON audit_entry USING gin (record_ids);
CREATE INDEX audit_entry_username_idx ON audit_entry (username, occurred_at);

CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_append_only
  BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();

CREATE TRIGGER audit_entry_no_truncate
  BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
