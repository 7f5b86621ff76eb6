-- Warnings about a place rather than a person (a dangerous dog, a firearms certificate holder, violence towards
-- officers at this address): shown to the call handler while a location is typed and on the incident. A warning
-- is never edited; it is withdrawn, once, with who, when and why, and stays on record.
CREATE TABLE location_warning
(
  id                UUID PRIMARY KEY,
  postcode          TEXT,
  address           TEXT,
  latitude          DOUBLE PRECISION,
  longitude         DOUBLE PRECISION,
  type              TEXT        NOT NULL,
  details           TEXT,
  created_at        TIMESTAMPTZ NOT NULL,
  created_by        TEXT        NOT NULL,
  withdrawn_at      TIMESTAMPTZ,
  withdrawn_by      TEXT,
  withdrawn_reason  TEXT,
  CHECK (postcode IS NOT NULL OR (latitude IS NOT NULL AND longitude IS NOT NULL))
);
CREATE INDEX location_warning_postcode_idx ON location_warning (postcode) WHERE withdrawn_at IS NULL;
CREATE INDEX location_warning_position_idx ON location_warning (latitude, longitude) WHERE withdrawn_at IS NULL;

CREATE FUNCTION location_warning_withdraw_only() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'location warnings are never deleted; withdraw them' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.withdrawn_at IS NOT NULL
     OR (NEW.postcode, NEW.address, NEW.latitude, NEW.longitude, NEW.type, NEW.details, NEW.created_at, NEW.created_by)
        IS DISTINCT FROM (OLD.postcode, OLD.address, OLD.latitude, OLD.longitude, OLD.type, OLD.details, OLD.created_at, OLD.created_by) THEN
    RAISE EXCEPTION 'a location warning is only ever withdrawn, once' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER location_warning_withdraw_only
  BEFORE UPDATE OR DELETE ON location_warning
  FOR EACH ROW EXECUTE FUNCTION location_warning_withdraw_only();
