-- Schema 5: contact imports, recorded so each can be reviewed and rolled back as a whole.

CREATE TABLE imports (
    id             TEXT PRIMARY KEY NOT NULL,
    file_name      TEXT NOT NULL,
    file_hash      TEXT NOT NULL,            -- SHA-256 of the file's bytes, hex
    format         TEXT NOT NULL DEFAULT '', -- google, outlook-de, mailchimp, vcard, ...
    mapping        TEXT NOT NULL DEFAULT '{}',
    options        TEXT NOT NULL DEFAULT '{}',
    counts         TEXT NOT NULL DEFAULT '{}',
    started_at     TEXT NOT NULL,
    finished_at    TEXT,
    rolled_back_at TEXT
);

-- What one import changed, in order, so that a rollback can undo exactly that: contacts it created,
-- contacts it updated (with the contact as it was), group memberships and groups it added.
CREATE TABLE import_changes (
    import_id  TEXT NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('created', 'updated', 'joined', 'group')),
    contact_id TEXT,
    group_id   TEXT,
    before     TEXT, -- the contact before an update (JSON); erased with the person
    PRIMARY KEY (import_id, seq)
) WITHOUT ROWID;
CREATE INDEX import_changes_contact ON import_changes (contact_id);
