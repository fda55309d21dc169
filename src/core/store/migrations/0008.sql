-- Schema 8: campaigns that are sent. A campaign gains its kind (marketing or transactional), subject,
-- audience and time zone and the counts the server reports, and may be paused; a message gains the
-- provider's error, the release time of a held message and its status history, and may be held. A send
-- made offline waits in campaign_sends until the server takes it.
--
-- The CHECKs of status change, so both tables are built anew and the rows (pulled from a server) copied.
-- Foreign keys are on while migrations run: a dropped table is emptied first, and its children's
-- ON DELETE CASCADE would empty them too. So the new tables refer to each other, the old ones are
-- dropped children first, and renaming the new tables carries the references along.
-- The audience, kept in campaign_groups until now, moves into the campaign's audience; the status
-- history of a message, kept in message_status_history, into its status_history.

CREATE TABLE campaigns_v8 (
    id              TEXT PRIMARY KEY NOT NULL,
    name            TEXT NOT NULL,
    channel         TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'voice')),
    kind            TEXT NOT NULL DEFAULT 'marketing' CHECK (kind IN ('marketing', 'transactional')),
    content_id      TEXT REFERENCES content (id),
    subject         TEXT NOT NULL DEFAULT '',
    body            TEXT NOT NULL DEFAULT '',  -- the template as sent, frozen at send time
    audience        TEXT NOT NULL DEFAULT '{}', -- {"groups":[ids],"excludeGroups":[ids],"contacts":[ids]}
    status          TEXT NOT NULL DEFAULT 'draft'
                    CHECK (status IN ('draft', 'scheduled', 'sending', 'paused', 'sent', 'cancelled',
                                      'failed')),
    scheduled_at    TEXT,
    time_zone       TEXT,                      -- IANA zone the schedule was given in
    sent_at         TEXT,
    idempotency_key TEXT UNIQUE,               -- made once, when Send is pressed
    counts          TEXT NOT NULL DEFAULT '{}', -- the server's counts per outcome and status
    server_version  INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
INSERT INTO campaigns_v8 (id, name, channel, content_id, body, audience, status, scheduled_at, sent_at,
                          idempotency_key, server_version, created_at, updated_at, deleted)
    SELECT id, name, channel, content_id, body,
           json_object('groups', (SELECT json_group_array(group_id) FROM campaign_groups
                                  WHERE campaign_id = campaigns.id),
                       'excludeGroups', json_array(), 'contacts', json_array()),
           status, scheduled_at, sent_at, idempotency_key, server_version, created_at, updated_at, deleted
    FROM campaigns;

CREATE TABLE messages_v8 (
    id             TEXT PRIMARY KEY NOT NULL,
    campaign_id    TEXT REFERENCES campaigns_v8 (id) ON DELETE CASCADE,
    contact_id     TEXT REFERENCES contacts (id) ON DELETE SET NULL,
    channel        TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'voice')),
    address        TEXT NOT NULL,
    body           TEXT NOT NULL DEFAULT '',
    segments       INTEGER NOT NULL DEFAULT 0,
    status         TEXT NOT NULL DEFAULT 'queued'
                   CHECK (status IN ('queued', 'held', 'sent', 'delivered', 'failed', 'undeliverable',
                                     'skipped')),
    error_code     TEXT NOT NULL DEFAULT '',
    error_message  TEXT NOT NULL DEFAULT '',
    release_at     TEXT,                       -- held: when the recipient's quiet hours end
    status_history TEXT NOT NULL DEFAULT '[]', -- [{"status","at","detail"}], oldest first
    server_version INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
INSERT INTO messages_v8 (id, campaign_id, contact_id, channel, address, body, segments, status,
                         status_history, server_version, created_at, updated_at, deleted)
    SELECT id, campaign_id, contact_id, channel, address, body, segments, status,
           COALESCE((SELECT json_group_array(json_object('status', status, 'at', at, 'detail', detail))
                     FROM (SELECT status, at, detail FROM message_status_history
                           WHERE message_id = messages.id ORDER BY seq)), '[]'),
           server_version, created_at, updated_at, deleted
    FROM messages;

DROP TABLE message_status_history;
DROP TABLE messages;
DROP TABLE campaign_groups;
DROP TABLE campaigns;
ALTER TABLE campaigns_v8 RENAME TO campaigns;
ALTER TABLE messages_v8 RENAME TO messages;
CREATE INDEX messages_campaign ON messages (campaign_id, status);
CREATE INDEX messages_contact ON messages (contact_id);
CREATE INDEX campaigns_created ON campaigns (created_at) WHERE deleted = 0;

-- A send that has not reached the server yet: made offline, or cut off before the answer. The request
-- is kept byte for byte with its idempotency key, so every retry (the next sync, the next send, after
-- a crash) is the same request and the server sends the campaign once.
CREATE TABLE campaign_sends (
    campaign_id     TEXT PRIMARY KEY NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    idempotency_key TEXT NOT NULL,
    request         TEXT NOT NULL,
    queued_at       TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
