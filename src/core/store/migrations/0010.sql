-- Schema 10: the History page on a million messages. Each filter and each sort of the message list
-- reads an index in the list's order (the column, then the time and the id that break ties), so the
-- first page of any of them is read without sorting the table, and the count of a filter is the
-- length of an index range. Partial (live messages only), as every query of the history is.
CREATE INDEX messages_live_status ON messages (status, created_at, id) WHERE deleted = 0;
CREATE INDEX messages_live_campaign ON messages (campaign_id, created_at, id) WHERE deleted = 0;
CREATE INDEX messages_live_channel ON messages (channel, created_at, id) WHERE deleted = 0;
CREATE INDEX messages_live_contact ON messages (contact_id, created_at, id) WHERE deleted = 0;
CREATE INDEX messages_live_error ON messages (error_code, created_at, id) WHERE deleted = 0;
CREATE INDEX messages_live_address ON messages (address COLLATE NOCASE, created_at, id) WHERE deleted = 0;
-- The unfiltered list: its order, and its count read from the smallest index of live messages.
CREATE INDEX messages_live_created ON messages (created_at, id) WHERE deleted = 0;
-- Sorting by campaign or recipient walks the campaigns or the live contacts in the order of their
-- names and each one's messages in time order (see MessageHistory); the messages of deleted contacts
-- are found from the deleted contacts.
CREATE INDEX campaigns_name ON campaigns (name COLLATE NOCASE, id);
CREATE INDEX contacts_deleted ON contacts (id) WHERE deleted = 1;
