-- Up Migration

-- Back-office staff. Passwords are argon2id hashes (PHC strings); the TOTP secret is base32 (RFC 6238), required
-- for the roles that can approve money. totp_last_counter is the last time step accepted, so a code works once.
CREATE TABLE staff_users (
  staff_id           TEXT        PRIMARY KEY CHECK (staff_id ~ '^st_[0-9A-HJKMNP-TV-Z]{26}$'),
  username           TEXT        NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
  display_name       TEXT        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  password_hash      TEXT        NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
  roles              TEXT[]      NOT NULL CHECK (
                       cardinality(roles) > 0 AND roles <@ ARRAY['compliance_officer', 'senior_compliance',
                         'payments_ops', 'cs_agent', 'risk_analyst', 'admin']::TEXT[]),
  totp_secret        TEXT        CHECK (totp_secret ~ '^[A-Z2-7]{16,128}$'),
  totp_last_counter  BIGINT,
  disabled           BOOLEAN     NOT NULL DEFAULT false,
  created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Sessions live here, so any API process can check any session and logout or disabling a user ends it at once.
-- The cookie holds an opaque random token; only its SHA-256 is stored, so a leaked table opens no session.
CREATE TABLE staff_sessions (
  session_hash  TEXT        PRIMARY KEY CHECK (session_hash ~ '^[0-9a-f]{64}$'),
  staff_id      TEXT        NOT NULL REFERENCES staff_users,
  csrf_token    TEXT        NOT NULL,
  source_ip     TEXT,
  user_agent    TEXT,
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  last_seen_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  expires_at    TIMESTAMPTZ NOT NULL, -- the absolute limit, however active the session is
  revoked_at    TIMESTAMPTZ
);
CREATE INDEX staff_sessions_staff ON staff_sessions (staff_id, created_at);

-- Every login attempt, for throttling by username and by source address.
CREATE TABLE login_attempts (
  attempt_id  BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username    TEXT        NOT NULL,
  source_ip   TEXT        NOT NULL,
  at          TIMESTAMPTZ NOT NULL DEFAULT now(),
  succeeded   BOOLEAN     NOT NULL,
  outcome     TEXT        NOT NULL
);
CREATE INDEX login_attempts_username ON login_attempts (username, at);
CREATE INDEX login_attempts_source_ip ON login_attempts (source_ip, at);

-- The audit log: who did what, when, to what, why, with the state before and after. Append-only, and
-- tamper-evident: each row's hash covers its fields and the previous row's hash, so editing or deleting any row
-- breaks the chain from there on (`npm run audit:verify` finds where). Appends lock the one-row chain head, so
-- the chain is linear however many processes write; the head also reveals a deleted tail.
CREATE TABLE audit_log (
  audit_id     BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at           TIMESTAMPTZ NOT NULL,
  actor        TEXT        NOT NULL, -- a staff id, 'system', a player id, or 'anonymous' (a failed login)
  action       TEXT        NOT NULL,
  entity_type  TEXT        NOT NULL,
  entity_id    TEXT,
  reason       TEXT,
  before       JSONB,
  after        JSONB,
  request_id   TEXT,
  source_ip    TEXT,
  prev_hash    TEXT        NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
  hash         TEXT        NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$')
);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, audit_id);
CREATE INDEX audit_log_actor ON audit_log (actor, audit_id);
CREATE INDEX audit_log_action ON audit_log (action, audit_id);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TABLE audit_chain_head (
  singleton      BOOLEAN PRIMARY KEY DEFAULT true CHECK (singleton),
  last_audit_id  BIGINT,
  last_hash      TEXT    NOT NULL CHECK (last_hash ~ '^[0-9a-f]{64}$')
);
INSERT INTO audit_chain_head (last_audit_id, last_hash) VALUES (NULL, repeat('0', 64));

CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER audit_log_immutable BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_chain_head_kept BEFORE DELETE ON audit_chain_head
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- Down Migration
DROP TABLE audit_chain_head;
DROP TABLE audit_log;
DROP FUNCTION audit_refuse_change();
DROP TABLE login_attempts;
DROP TABLE staff_sessions;
DROP TABLE staff_users;
