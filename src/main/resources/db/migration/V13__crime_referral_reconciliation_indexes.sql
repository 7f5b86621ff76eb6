-- The crime recording reconciliation reads referrals and crime-related closures by closing time.
CREATE INDEX crime_recording_referral_closed_idx ON crime_recording_referral (closed_at);
CREATE INDEX incident_crime_related_closed_idx ON incident (closed_at) WHERE crime_related;
