-- Sign-in hardening.

-- Sign-in attempts per e-mail address, known to the server or not (so that a lockout does not tell
-- which addresses have accounts), kept in the database so that every iqmsgd on it counts together.
-- Only a SHA-256 hash of the address is kept: the table also holds addresses nobody signed up with.
CREATE TABLE sign_in_attempts (
    email_hash TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    window_start BIGINT NOT NULL,
    locked_until BIGINT NOT NULL DEFAULT 0
);

-- A refresh token presented again shortly after it was rotated (two programs of one device refreshing
-- at once) answers the pair it was rotated to instead of ending the session. That pair is kept here,
-- encrypted with a key derived from the retired token, for the grace period only.
ALTER TABLE retired_refresh_tokens ADD COLUMN retired_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE retired_refresh_tokens ADD COLUMN successor TEXT;
CREATE INDEX retired_refresh_tokens_grace ON retired_refresh_tokens(retired_at) WHERE successor IS NOT NULL;
