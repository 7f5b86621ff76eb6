-- Reads (consultations and disclosures that change nothing: searches' results, published files) get a hash chain
-- and table of their own (decision 0012), so that an audited change (an incident created, a person recorded) never
-- queues for a chain's lock behind group-committed batches of search entries, nor they behind it. Each chain is
-- verified on its own; the view audit_log is the one log auditors read.
--
-- The previous release keeps writing every entry (searches too) to audit_entry under its one lock, which this
-- release still uses for audit_entry: during a rolling upgrade both releases extend the same chains correctly.
CREATE TABLE audit_read_entry
(
  LIKE audit_entry INCLUDING DEFAULTS INCLUDING CONSTRAINTS,
  PRIMARY KEY (seq),
  CHECK (action IN ('CONSULTATION', 'DISCLOSURE'))
);
-- fastupdate off: otherwise an insert now and then flushes the GIN pending list (megabytes) while holding the
-- chain's lock, and every writer waiting for the lock pays for it; without it each insert pays a little, evenly.
CREATE INDEX audit_read_entry_record_ids_idx ON audit_read_entry USING gin (record_ids)
  WITH (fastupdate = off);
CREATE INDEX audit_read_entry_username_idx ON audit_read_entry (username, occurred_at);
ALTER INDEX audit_entry_record_ids_idx SET (fastupdate = off);

CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_read_entry_append_only
  BEFORE UPDATE OR DELETE ON audit_read_entry
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();

CREATE TRIGGER audit_read_entry_no_truncate
  BEFORE TRUNCATE ON audit_read_entry
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- The whole s.62 log, as auditors and the pages read it.
CREATE VIEW audit_log AS
  SELECT * FROM audit_entry
  UNION ALL
  SELECT * FROM audit_read_entry;
