-- Pulled records held back because what they refer to has not arrived yet: a membership whose group or
-- contact, a channel consent whose contact, comes later in the pull (its latest change is newer). They
-- are applied once it arrives and are not synced until then (no sync_base row), so nothing is lost.
CREATE TABLE sync_held (
    entity    TEXT NOT NULL,
    record_id TEXT NOT NULL,
    version   INTEGER NOT NULL,
    payload   TEXT NOT NULL,
    PRIMARY KEY (entity, record_id)
);
-- Local changes the server cannot take (it refused them, or they are too large to send): kept here with
-- the reason, out of the outbox so they do not hold up what was queued after them, and shown to the
-- owner. A later change of the record goes through the outbox as usual and, once acknowledged, clears
-- its row here.
CREATE TABLE sync_set_aside (
    entity       TEXT NOT NULL,
    record_id    TEXT NOT NULL,
    operation    TEXT NOT NULL,
    payload      TEXT,
    reason       TEXT NOT NULL,
    set_aside_at TEXT NOT NULL,
    PRIMARY KEY (entity, record_id)
);
