-- The server's first schema. Written once for SQLite and PostgreSQL: TEXT, INTEGER and BIGINT only,
-- booleans as 0/1, times as UTC ISO 8601 text plus epoch seconds where the server compares them.

CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    -- The per-account change sequence: the last number handed to a record change.
    last_seq BIGINT NOT NULL DEFAULT 0,
    -- Cursors at or below this sequence are expired (tombstones up to it were purged).
    min_seq BIGINT NOT NULL DEFAULT 0,
    -- Random per-account value inside every cursor, so a cursor of another account or of a reset
    -- database is recognised as unknown.
    cursor_epoch TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE devices (
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    device_id TEXT NOT NULL,
    name TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    PRIMARY KEY (account_id, device_id)
);

-- One session per signed-in device. Only SHA-256 hashes of the tokens are kept.
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    device_id TEXT NOT NULL,
    access_hash TEXT NOT NULL UNIQUE,
    access_expires BIGINT NOT NULL,
    refresh_hash TEXT NOT NULL UNIQUE,
    refresh_expires BIGINT NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX sessions_account ON sessions(account_id, device_id);

-- Refresh tokens rotated away: presenting one again revokes its session (a stolen token was used).
CREATE TABLE retired_refresh_tokens (
    token_hash TEXT PRIMARY KEY,
    session_id TEXT NOT NULL
);

CREATE TABLE sign_ins (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    ip TEXT NOT NULL,
    device_id TEXT NOT NULL,
    device_name TEXT NOT NULL,
    success INTEGER NOT NULL,
    unusual INTEGER NOT NULL
);
CREATE INDEX sign_ins_account ON sign_ins(account_id, at);

-- Every synced record of every account, in its latest state; seq orders the changes for pull.
CREATE TABLE records (
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    id TEXT NOT NULL,
    version BIGINT NOT NULL,
    seq BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    payload TEXT,
    updated_at TEXT NOT NULL,
    deleted_at BIGINT,
    PRIMARY KEY (account_id, entity, id)
);
CREATE UNIQUE INDEX records_seq ON records(account_id, seq);

-- Changes already applied, so a retried push is answered without applying it twice.
CREATE TABLE applied_changes (
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    id TEXT NOT NULL,
    base_version BIGINT NOT NULL,
    change_hash TEXT NOT NULL,
    result_version BIGINT NOT NULL,
    PRIMARY KEY (account_id, entity, id, base_version)
);
