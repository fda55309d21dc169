-- Schema 1: profile settings, accounts, contacts, groups, consent and the sync outbox.
-- Every record that syncs carries: a UUID made on the device (id), the server's version
-- (server_version, 0 until the server has seen it), created/updated times (UTC, ISO 8601 with
-- milliseconds) and a tombstone (deleted = 1) kept until the deletion has synced.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
) WITHOUT ROWID;

CREATE TABLE accounts (
    id             TEXT PRIMARY KEY NOT NULL,
    server_url     TEXT NOT NULL,
    email          TEXT NOT NULL,
    display_name   TEXT NOT NULL DEFAULT '',
    business_name  TEXT NOT NULL DEFAULT '',
    server_version INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (server_url, email)
);

CREATE TABLE contacts (
    id             TEXT PRIMARY KEY NOT NULL,
    given_name     TEXT NOT NULL DEFAULT '',
    middle_name    TEXT NOT NULL DEFAULT '',
    family_name    TEXT NOT NULL DEFAULT '',
    display_name   TEXT NOT NULL DEFAULT '',
    list_name      TEXT NOT NULL DEFAULT '',  -- derived: the name lists show and sort by
    organization   TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    language       TEXT NOT NULL DEFAULT '',
    time_zone      TEXT NOT NULL DEFAULT '',
    custom_fields  TEXT NOT NULL DEFAULT '{}',
    server_version INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX contacts_list_name ON contacts (list_name COLLATE NOCASE, id) WHERE deleted = 0;
CREATE INDEX contacts_updated_at ON contacts (updated_at, id) WHERE deleted = 0;

CREATE TABLE contact_phones (
    contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    raw        TEXT NOT NULL,
    e164       TEXT NOT NULL DEFAULT '',
    type       TEXT NOT NULL DEFAULT 'unknown',
    label      TEXT NOT NULL DEFAULT '',
    valid      INTEGER NOT NULL DEFAULT 0 CHECK (valid IN (0, 1)),
    PRIMARY KEY (contact_id, position)
) WITHOUT ROWID;
CREATE INDEX contact_phones_e164 ON contact_phones (e164) WHERE e164 <> '';

CREATE TABLE contact_emails (
    contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    address    TEXT NOT NULL,
    label      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (contact_id, position)
) WITHOUT ROWID;
CREATE INDEX contact_emails_address ON contact_emails (address COLLATE NOCASE);

CREATE TABLE groups (
    id             TEXT PRIMARY KEY NOT NULL,
    name           TEXT NOT NULL,
    description    TEXT NOT NULL DEFAULT '',
    server_version INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX groups_name ON groups (name COLLATE NOCASE) WHERE deleted = 0;

-- Consent per group membership.
CREATE TABLE group_members (
    group_id   TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    consent    TEXT NOT NULL DEFAULT 'unknown'
               CHECK (consent IN ('opted_in', 'opted_out', 'pending', 'unknown')),
    added_at   TEXT NOT NULL,
    PRIMARY KEY (group_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX group_members_contact ON group_members (contact_id);

-- Consent per contact and channel: an account-wide opt-out (a STOP reply) overrides every group.
CREATE TABLE channel_consent (
    contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    channel    TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'voice')),
    consent    TEXT NOT NULL CHECK (consent IN ('opted_in', 'opted_out', 'pending', 'unknown')),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (contact_id, channel)
) WITHOUT ROWID;

-- Append-only: every consent change, with when, how, the source and who recorded it.
CREATE TABLE consent_ledger (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    contact_id   TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    group_id     TEXT,
    channel      TEXT CHECK (channel IS NULL OR channel IN ('sms', 'email', 'voice')),
    consent      TEXT NOT NULL CHECK (consent IN ('opted_in', 'opted_out', 'pending', 'unknown')),
    method       TEXT NOT NULL
                 CHECK (method IN ('import', 'keyword', 'web_form', 'paper', 'manual', 'sync', 'merge')),
    source       TEXT NOT NULL DEFAULT '',
    recorded_by  TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL
);
CREATE INDEX consent_ledger_contact ON consent_ledger (contact_id, seq);
CREATE TRIGGER consent_ledger_no_update BEFORE UPDATE ON consent_ledger
BEGIN
    SELECT RAISE(ABORT, 'the consent ledger is append-only');
END;
-- Rows go only with their person (erasure deletes the contact, which cascades here).
CREATE TRIGGER consent_ledger_no_delete BEFORE DELETE ON consent_ledger
WHEN EXISTS (SELECT 1 FROM contacts WHERE id = OLD.contact_id)
BEGIN
    SELECT RAISE(ABORT, 'the consent ledger is append-only');
END;

-- Local changes waiting to be pushed, appended in the same transaction as the change itself.
CREATE TABLE outbox (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    entity       TEXT NOT NULL,
    record_id    TEXT NOT NULL,
    operation    TEXT NOT NULL CHECK (operation IN ('upsert', 'delete')),
    base_version INTEGER NOT NULL DEFAULT 0,
    payload      TEXT NOT NULL DEFAULT '{}',
    created_at   TEXT NOT NULL
);
CREATE INDEX outbox_record ON outbox (entity, record_id);
