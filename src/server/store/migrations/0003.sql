-- The device that made each applied change: a device whose reply was lost can build on its own earlier
-- change instead of conflicting with itself (docs/api.md, "Push"). NULL for changes made before this
-- column and for the server's own.
ALTER TABLE applied_changes ADD COLUMN device_id TEXT;
-- The last version of each purged tombstone. Memberships ("groupId:contactId") and channel consents
-- ("contactId:channel") have fixed ids and come back: their versions go on from here, never restart.
CREATE TABLE purged_records (
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    id TEXT NOT NULL,
    version BIGINT NOT NULL,
    PRIMARY KEY (account_id, entity, id)
);
