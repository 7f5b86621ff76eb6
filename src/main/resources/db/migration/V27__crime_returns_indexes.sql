-- The Home Office monthly return reads the crime versions that changed a count (reclassifications and
-- cancellations) by the time they were made. Additive only.
CREATE INDEX crime_version_changed_at_idx ON crime_version (at) WHERE version > 1;
