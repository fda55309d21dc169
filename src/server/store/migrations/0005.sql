-- Campaigns and their delivery queue (docs/api.md, "Campaigns").

-- One row per submitted campaign: the request as received, its hash and idempotency key (a retry with
-- the same key and body gets the stored answer again), and where the campaign stands.
CREATE TABLE campaigns (
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    request TEXT NOT NULL,
    answer_status INTEGER NOT NULL,
    answer TEXT NOT NULL,
    -- scheduled, sending, paused, sent, cancelled, failed
    state TEXT NOT NULL,
    -- 1 once the audience was expanded into messages (a scheduled campaign expands when it is due)
    expanded INTEGER NOT NULL DEFAULT 0,
    -- epoch seconds; 0 for a campaign sent at once
    scheduled_at BIGINT NOT NULL DEFAULT 0,
    -- the people who get nothing, by reason: {"opted_out": 2, ...}
    excluded TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    sent_at TEXT,
    PRIMARY KEY (account_id, id)
);
CREATE UNIQUE INDEX campaigns_idempotency ON campaigns(account_id, idempotency_key);
CREATE INDEX campaigns_due ON campaigns(state, scheduled_at);

-- One row per message to deliver. A worker leases due rows (state pending, not_before passed, no live
-- lease), hands them to the provider and writes the step's outcome while its lease holds; an expired
-- lease is taken by any worker of any process. campaign_id is empty for replies to keywords.
CREATE TABLE delivery_queue (
    message_id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    campaign_id TEXT NOT NULL,
    contact_id TEXT,
    channel TEXT NOT NULL,
    address TEXT NOT NULL,
    body TEXT NOT NULL,
    segments INTEGER NOT NULL,
    -- the message's status: queued, held, sent, delivered, failed, undeliverable, skipped
    status TEXT NOT NULL,
    error_code TEXT NOT NULL DEFAULT '',
    error_message TEXT NOT NULL DEFAULT '',
    -- epoch milliseconds before which the row is not worked (a held message: its release)
    not_before BIGINT NOT NULL,
    -- pending (to be worked), paused (its campaign is), done
    state TEXT NOT NULL,
    lease_owner TEXT,
    lease_expires BIGINT NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    position BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX delivery_queue_due ON delivery_queue(state, not_before);
CREATE INDEX delivery_queue_campaign ON delivery_queue(account_id, campaign_id, position);
