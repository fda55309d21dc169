-- Schema 9: history. A call log of a campaign's voice message keeps what the server says of it: its
-- outcome, the message, campaign and contact it belongs to, and the call type `campaign` (until now
-- refused by the CHECK, so a pull of such a call failed). The CHECK changes, so the table is built anew
-- and its rows copied. Messages and calls are listed newest first: both get an index on their time.

CREATE TABLE call_logs_v9 (
    id                TEXT PRIMARY KEY NOT NULL,
    calling_number    TEXT NOT NULL,
    receiving_number  TEXT NOT NULL,
    forwarding_number TEXT NOT NULL DEFAULT '',
    started_at        TEXT NOT NULL,
    duration_seconds  INTEGER NOT NULL DEFAULT 0 CHECK (duration_seconds >= 0),
    routing           TEXT NOT NULL DEFAULT '',
    call_type         TEXT NOT NULL DEFAULT 'inbound'
                      CHECK (call_type IN ('inbound', 'outbound', 'forwarded', 'missed', 'voicemail',
                                           'campaign')),
    outcome           TEXT NOT NULL DEFAULT '', -- answered, voicemail, no_answer, busy; '' when not told
    message_id        TEXT,                     -- the voice message the call delivered (no reference:
                                                -- the call may be pulled before its message)
    campaign_id       TEXT REFERENCES campaigns (id) ON DELETE SET NULL,
    contact_id        TEXT REFERENCES contacts (id) ON DELETE SET NULL,
    server_version    INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
INSERT INTO call_logs_v9 (id, calling_number, receiving_number, forwarding_number, started_at,
                          duration_seconds, routing, call_type, server_version, created_at, updated_at,
                          deleted)
    SELECT id, calling_number, receiving_number, forwarding_number, started_at, duration_seconds, routing,
           call_type, server_version, created_at, updated_at, deleted
    FROM call_logs;
DROP TABLE call_logs;
ALTER TABLE call_logs_v9 RENAME TO call_logs;
CREATE INDEX call_logs_started_at ON call_logs (started_at);
CREATE INDEX call_logs_campaign ON call_logs (campaign_id);
CREATE INDEX call_logs_contact ON call_logs (contact_id);

CREATE INDEX messages_created ON messages (created_at, id);
