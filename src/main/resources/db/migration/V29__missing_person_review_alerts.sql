-- Reviews not done by their scheduled time, escalated to a role: one alert per report, review due time and level
-- (1 when the review is missed, 2 when it is still not done after the escalation interval), so a sweep repeated
-- raises each once. A review, regrading or the person being found acknowledges the open ones.
CREATE TABLE missing_person_alert
(
  missing_person_id UUID        NOT NULL REFERENCES missing_person (id),
  review_due_at     TIMESTAMPTZ NOT NULL,
  level             INT         NOT NULL CHECK (level IN (1, 2)),
  role              TEXT        NOT NULL,
  raised_at         TIMESTAMPTZ NOT NULL,
  message           TEXT        NOT NULL,
  acknowledged_at   TIMESTAMPTZ,
  acknowledged_by   TEXT,
  PRIMARY KEY (missing_person_id, review_due_at, level)
);
CREATE INDEX missing_person_alert_open_idx ON missing_person_alert (raised_at) WHERE acknowledged_at IS NULL;
