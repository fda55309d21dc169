-- Schema 2: content, media, campaigns, messages with status history, call logs and audit events.

CREATE TABLE media (
    hash       TEXT PRIMARY KEY NOT NULL,  -- SHA-256 of the bytes, hex; the file is media/<hash>
    mime_type  TEXT NOT NULL,
    size       INTEGER NOT NULL CHECK (size >= 0),
    file_name  TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE content (
    id             TEXT PRIMARY KEY NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('sms', 'email', 'voice', 'snippet')),
    name           TEXT NOT NULL,
    subject        TEXT NOT NULL DEFAULT '',
    body           TEXT NOT NULL DEFAULT '',   -- SMS text, plain e-mail body, snippet or voice script
    body_html      TEXT NOT NULL DEFAULT '',
    media_hash     TEXT REFERENCES media (hash),
    tags           TEXT NOT NULL DEFAULT '[]',
    server_version INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX content_kind_name ON content (kind, name COLLATE NOCASE) WHERE deleted = 0;

CREATE TABLE campaigns (
    id              TEXT PRIMARY KEY NOT NULL,
    name            TEXT NOT NULL,
    channel         TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'voice')),
    content_id      TEXT REFERENCES content (id),
    body            TEXT NOT NULL DEFAULT '',  -- the template as sent, frozen at send time
    status          TEXT NOT NULL DEFAULT 'draft'
                    CHECK (status IN ('draft', 'scheduled', 'sending', 'sent', 'cancelled', 'failed')),
    scheduled_at    TEXT,
    sent_at         TEXT,
    idempotency_key TEXT UNIQUE,
    server_version  INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE campaign_groups (
    campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    group_id    TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    PRIMARY KEY (campaign_id, group_id)
) WITHOUT ROWID;

CREATE TABLE messages (
    id             TEXT PRIMARY KEY NOT NULL,
    campaign_id    TEXT REFERENCES campaigns (id) ON DELETE CASCADE,
    contact_id     TEXT REFERENCES contacts (id) ON DELETE SET NULL,
    channel        TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'voice')),
    address        TEXT NOT NULL,
    body           TEXT NOT NULL DEFAULT '',
    segments       INTEGER NOT NULL DEFAULT 0,
    status         TEXT NOT NULL DEFAULT 'queued'
                   CHECK (status IN ('queued', 'sent', 'delivered', 'failed', 'undeliverable', 'skipped')),
    server_version INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX messages_campaign ON messages (campaign_id);
CREATE INDEX messages_contact ON messages (contact_id);

CREATE TABLE message_status_history (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id TEXT NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    status     TEXT NOT NULL,
    detail     TEXT NOT NULL DEFAULT '',
    at         TEXT NOT NULL
);
CREATE INDEX message_status_history_message ON message_status_history (message_id, seq);

CREATE TABLE call_logs (
    id                TEXT PRIMARY KEY NOT NULL,
    calling_number    TEXT NOT NULL,
    receiving_number  TEXT NOT NULL,
    forwarding_number TEXT NOT NULL DEFAULT '',
    started_at        TEXT NOT NULL,
    duration_seconds  INTEGER NOT NULL DEFAULT 0 CHECK (duration_seconds >= 0),
    routing           TEXT NOT NULL DEFAULT '',
    call_type         TEXT NOT NULL DEFAULT 'inbound'
                      CHECK (call_type IN ('inbound', 'outbound', 'forwarded', 'missed', 'voicemail')),
    server_version    INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX call_logs_started_at ON call_logs (started_at);

-- What happened to the profile that the owner may want to review: sign-ins, exports, erasures.
CREATE TABLE audit_events (
    seq    INTEGER PRIMARY KEY AUTOINCREMENT,
    kind   TEXT NOT NULL,
    actor  TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '{}',
    at     TEXT NOT NULL
);
CREATE INDEX audit_events_kind ON audit_events (kind, seq);
