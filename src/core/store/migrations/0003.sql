-- Schema 3: what the sync engine keeps besides the outbox.

-- The last version of each record both sides agreed on (pulled, or pushed and acknowledged): the base of
-- a three-way, field-level merge when both sides changed a record. Holds personal data like the records
-- themselves, so erasing a person removes their rows here too.
CREATE TABLE sync_base (
    entity    TEXT NOT NULL,
    record_id TEXT NOT NULL,
    version   INTEGER NOT NULL DEFAULT 0,
    payload   TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (entity, record_id)
) WITHOUT ROWID;

-- What a sync could not decide alone, for the owner to review: a field both sides changed (the server's
-- value was kept, local_value is what this device had), or an edit on one side against a deletion on
-- the other. Resolved rows stay for a while as a record of what was decided.
CREATE TABLE sync_conflicts (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    entity         TEXT NOT NULL,
    record_id      TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('field', 'deleted_on_server', 'edited_on_server')),
    field          TEXT NOT NULL DEFAULT '',
    local_value    TEXT NOT NULL DEFAULT 'null',  -- JSON
    server_value   TEXT NOT NULL DEFAULT 'null',  -- JSON
    server_version INTEGER NOT NULL DEFAULT 0,
    detected_at    TEXT NOT NULL,
    resolution     TEXT CHECK (resolution IS NULL OR resolution IN ('kept_server', 'reapplied_local')),
    resolved_at    TEXT
);
CREATE INDEX sync_conflicts_open ON sync_conflicts (record_id) WHERE resolution IS NULL;
