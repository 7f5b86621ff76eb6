-- Local accounts for the embedded default and for forces without an identity provider. With OIDC the identity
-- provider owns accounts and this table stays empty apart from break-glass administrators.
CREATE TABLE user_account
(
  username         TEXT PRIMARY KEY CHECK (username ~ '^[a-z0-9._-]{2,64}$'),
  display_name     TEXT        NOT NULL,
  password_hash    TEXT        NOT NULL,
  roles            TEXT[]      NOT NULL,
  enabled          BOOLEAN     NOT NULL DEFAULT TRUE,
  failed_attempts  INT         NOT NULL DEFAULT 0,
  locked_until     TIMESTAMPTZ,
  created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
