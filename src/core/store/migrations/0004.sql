-- Schema 4: browsing and searching contacts at the scale of a real business (1,000,000 rows).
-- Columns a list shows and sorts by are kept on the contact row by triggers, so every writer (the
-- repositories, an import, a sync) keeps them right and a sorted page is one index range scan.

ALTER TABLE contacts ADD COLUMN primary_phone TEXT NOT NULL DEFAULT '';   -- first mobile, else first number (E.164, else raw)
ALTER TABLE contacts ADD COLUMN primary_email TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN groups_text TEXT NOT NULL DEFAULT '';     -- group names, sorted, ", "-joined
ALTER TABLE contacts ADD COLUMN consent_summary TEXT NOT NULL DEFAULT 'unknown'
    CHECK (consent_summary IN ('opted_in', 'opted_out', 'pending', 'unknown'));
ALTER TABLE contacts ADD COLUMN search_numbers TEXT NOT NULL DEFAULT '';  -- digits of every number, E.164 and as typed
ALTER TABLE contacts ADD COLUMN search_emails TEXT NOT NULL DEFAULT '';   -- every address, space-separated

-- consent_summary: opted_out when a channel was opted out (a STOP reply) or every membership is;
-- otherwise opted_in when any group may be messaged, then pending, then unknown.

CREATE INDEX contacts_sort_phone ON contacts (primary_phone, list_name COLLATE NOCASE, id) WHERE deleted = 0;
CREATE INDEX contacts_sort_email ON contacts (primary_email COLLATE NOCASE, list_name COLLATE NOCASE, id) WHERE deleted = 0;
CREATE INDEX contacts_sort_groups ON contacts (groups_text COLLATE NOCASE, list_name COLLATE NOCASE, id) WHERE deleted = 0;
CREATE INDEX contacts_sort_consent ON contacts (consent_summary, list_name COLLATE NOCASE, id) WHERE deleted = 0;
CREATE INDEX group_members_group_consent ON group_members (group_id, consent);

-- The number of live contacts, so a list knows its length without counting a million rows.
CREATE TABLE contact_counts (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    live INTEGER NOT NULL
);
INSERT INTO contact_counts (id, live) VALUES (1, (SELECT count(*) FROM contacts WHERE deleted = 0));
CREATE TRIGGER contact_counts_insert AFTER INSERT ON contacts WHEN NEW.deleted = 0
BEGIN
    UPDATE contact_counts SET live = live + 1 WHERE id = 1;
END;
CREATE TRIGGER contact_counts_delete AFTER DELETE ON contacts WHEN OLD.deleted = 0
BEGIN
    UPDATE contact_counts SET live = live - 1 WHERE id = 1;
END;
CREATE TRIGGER contact_counts_update AFTER UPDATE OF deleted ON contacts WHEN OLD.deleted <> NEW.deleted
BEGIN
    UPDATE contact_counts SET live = live + (OLD.deleted - NEW.deleted) WHERE id = 1;
END;

CREATE TRIGGER contact_phones_insert AFTER INSERT ON contact_phones
BEGIN
    UPDATE contacts SET
        primary_phone = COALESCE((SELECT CASE WHEN e164 <> '' THEN e164 ELSE raw END FROM contact_phones
                                  WHERE contact_id = NEW.contact_id
                                  ORDER BY type NOT IN ('mobile', 'fixed_line_or_mobile'), position LIMIT 1), ''),
        search_numbers = COALESCE((SELECT group_concat(ltrim(e164, '+') || ' ' ||
                                   replace(replace(replace(replace(replace(replace(replace(raw, ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '+', ''), '/', ''), ' ')
                                   FROM contact_phones WHERE contact_id = NEW.contact_id), '')
    WHERE id = NEW.contact_id;
END;
CREATE TRIGGER contact_emails_insert AFTER INSERT ON contact_emails
BEGIN
    UPDATE contacts SET
        primary_email = COALESCE((SELECT address FROM contact_emails WHERE contact_id = NEW.contact_id
                                  ORDER BY position LIMIT 1), ''),
        search_emails = COALESCE((SELECT group_concat(address, ' ') FROM contact_emails
                                  WHERE contact_id = NEW.contact_id), '')
    WHERE id = NEW.contact_id;
END;
CREATE TRIGGER contact_phones_delete AFTER DELETE ON contact_phones
BEGIN
    UPDATE contacts SET
        primary_phone = COALESCE((SELECT CASE WHEN e164 <> '' THEN e164 ELSE raw END FROM contact_phones
                                  WHERE contact_id = OLD.contact_id
                                  ORDER BY type NOT IN ('mobile', 'fixed_line_or_mobile'), position LIMIT 1), ''),
        search_numbers = COALESCE((SELECT group_concat(ltrim(e164, '+') || ' ' ||
                                   replace(replace(replace(replace(replace(replace(replace(raw, ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '+', ''), '/', ''), ' ')
                                   FROM contact_phones WHERE contact_id = OLD.contact_id), '')
    WHERE id = OLD.contact_id;
END;
CREATE TRIGGER contact_emails_delete AFTER DELETE ON contact_emails
BEGIN
    UPDATE contacts SET
        primary_email = COALESCE((SELECT address FROM contact_emails WHERE contact_id = OLD.contact_id
                                  ORDER BY position LIMIT 1), ''),
        search_emails = COALESCE((SELECT group_concat(address, ' ') FROM contact_emails
                                  WHERE contact_id = OLD.contact_id), '')
    WHERE id = OLD.contact_id;
END;
CREATE TRIGGER contact_phones_update AFTER UPDATE ON contact_phones
BEGIN
    UPDATE contacts SET
        primary_phone = COALESCE((SELECT CASE WHEN e164 <> '' THEN e164 ELSE raw END FROM contact_phones
                                  WHERE contact_id = OLD.contact_id
                                  ORDER BY type NOT IN ('mobile', 'fixed_line_or_mobile'), position LIMIT 1), ''),
        search_numbers = COALESCE((SELECT group_concat(ltrim(e164, '+') || ' ' ||
                                   replace(replace(replace(replace(replace(replace(replace(raw, ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '+', ''), '/', ''), ' ')
                                   FROM contact_phones WHERE contact_id = OLD.contact_id), '')
    WHERE id = OLD.contact_id;
    UPDATE contacts SET
        primary_phone = COALESCE((SELECT CASE WHEN e164 <> '' THEN e164 ELSE raw END FROM contact_phones
                                  WHERE contact_id = NEW.contact_id
                                  ORDER BY type NOT IN ('mobile', 'fixed_line_or_mobile'), position LIMIT 1), ''),
        search_numbers = COALESCE((SELECT group_concat(ltrim(e164, '+') || ' ' ||
                                   replace(replace(replace(replace(replace(replace(replace(raw, ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '+', ''), '/', ''), ' ')
                                   FROM contact_phones WHERE contact_id = NEW.contact_id), '')
    WHERE id = NEW.contact_id;
END;
CREATE TRIGGER contact_emails_update AFTER UPDATE ON contact_emails
BEGIN
    UPDATE contacts SET
        primary_email = COALESCE((SELECT address FROM contact_emails WHERE contact_id = OLD.contact_id
                                  ORDER BY position LIMIT 1), ''),
        search_emails = COALESCE((SELECT group_concat(address, ' ') FROM contact_emails
                                  WHERE contact_id = OLD.contact_id), '')
    WHERE id = OLD.contact_id;
    UPDATE contacts SET
        primary_email = COALESCE((SELECT address FROM contact_emails WHERE contact_id = NEW.contact_id
                                  ORDER BY position LIMIT 1), ''),
        search_emails = COALESCE((SELECT group_concat(address, ' ') FROM contact_emails
                                  WHERE contact_id = NEW.contact_id), '')
    WHERE id = NEW.contact_id;
END;
CREATE TRIGGER group_members_insert AFTER INSERT ON group_members
BEGIN
    UPDATE contacts SET
        groups_text = COALESCE((SELECT group_concat(name, ', ') FROM
                                (SELECT g.name AS name FROM group_members m JOIN groups g ON g.id = m.group_id
                                 WHERE m.contact_id = NEW.contact_id AND g.deleted = 0 ORDER BY g.name COLLATE NOCASE)), ''),
        consent_summary = CASE
            WHEN EXISTS (SELECT 1 FROM channel_consent WHERE contact_id = NEW.contact_id AND consent = 'opted_out')
                THEN 'opted_out'
            WHEN EXISTS (SELECT 1 FROM group_members WHERE contact_id = NEW.contact_id AND consent = 'opted_in')
                THEN 'opted_in'
            WHEN EXISTS (SELECT 1 FROM group_members WHERE contact_id = NEW.contact_id AND consent = 'pending')
                THEN 'pending'
            WHEN EXISTS (SELECT 1 FROM group_members WHERE contact_id = NEW.contact_id AND consent = 'opted_out')
                THEN 'opted_out'
            WHEN EXISTS (SELECT 1 FROM channel_consent WHERE contact_id = NEW.contact_id AND consent = 'opted_in')
                THEN 'opted_in'
            ELSE 'unknown' END
    WHERE id = NEW.contact_id;
END;
CREATE TRIGGER group_members_delete AFTER DELETE ON group_members
BEGIN
    UPDATE contacts SET
        groups_text = COALESCE((SELECT group_concat(name, ', ') FROM
                                (SELECT g.name AS name FROM group_members m JOIN groups g ON g.id = m.group_id
                                 WHERE m.contact_id = OLD.contact_id AND g.deleted = 0 ORDER BY g.name COLLATE NOCASE)), ''),
        consent_summary = CASE
            WHEN EXISTS (SELECT 1 FROM channel_consent WHERE contact_id = OLD.contact_id AND consent = 'opted_out')
                THEN 'opted_out'
            WHEN EXISTS (SELECT 1 FROM group_members WHERE contact_id = OLD.contact_id AND consent = 'opted_in')
                THEN 'opted_in'
            WHEN EXISTS (SELECT 1 FROM group_members WHERE contact_id = OLD.contact_id AND consent = 'pending')
                THEN 'pending'
            WHEN EXISTS (SELECT 1 FROM group_members WHERE contact_id = OLD.contact_id AND consent = 'opted_out')
                THEN 'opted_out'
            WHEN EXISTS (SELECT 1 FROM channel_consent WHERE contact_id = OLD.contact_id AND consent = 'opted_in')
                THEN 'opted_in'
            ELSE 'unknown' END
    WHERE id = OLD.contact_id;
END;
CREATE TRIGGER group_members_update AFTER UPDATE ON group_members
BEGIN
    UPDATE contacts SET
        groups_text = COALESCE((SELECT group_concat(name, ', ') FROM
                                (SELECT g.name AS name FROM group_members m JOIN groups g ON g.id = m.group_id
                                 WHERE m.contact_id = NEW.contact_id AND g.deleted = 0 ORDER BY g.name COLLATE NOCASE)), ''),
        consent_summary = CASE
            WHEN EXISTS (SELECT 1 FROM channel_consent WHERE contact_id = NEW.contact_id AND consent = 'opted_out')
                THEN 'opted_out'
            WHEN EXISTS (SELECT 1 FROM group_members WHERE contact_id = NEW.contact_id AND consent = 'opted_in')
                THEN 'opted_in'
            WHEN EXISTS (SELECT 1 FROM group_members WHERE contact_id = NEW.contact_id AND consent = 'pending')
                THEN 'pending'
            WHEN EXISTS (SELECT 1 FROM group_members WHERE contact_id = NEW.contact_id AND consent = 'opted_out')
                THEN 'opted_out'
            WHEN EXISTS (SELECT 1 FROM channel_consent WHERE contact_id = NEW.contact_id AND consent = 'opted_in')
                THEN 'opted_in'
            ELSE 'unknown' END
    WHERE id = NEW.contact_id;
END;
CREATE TRIGGER channel_consent_insert AFTER INSERT ON channel_consent
BEGIN
    UPDATE contacts SET
        groups_text = COALESCE((SELECT group_concat(name, ', ') FROM
                                (SELECT g.name AS name FROM group_members m JOIN groups g ON g.id = m.group_id
                                 WHERE m.contact_id = NEW.contact_id AND g.deleted = 0 ORDER BY g.name COLLATE NOCASE)), ''),
        consent_summary = CASE
            WHEN EXISTS (SELECT 1 FROM channel_consent WHERE contact_id = NEW.contact_id AND consent = 'opted_out')
                THEN 'opted_out'
            WHEN EXISTS (SELECT 1 FROM group_members WHERE contact_id = NEW.contact_id AND consent = 'opted_in')
                THEN 'opted_in'
            WHEN EXISTS (SELECT 1 FROM group_members WHERE contact_id = NEW.contact_id AND consent = 'pending')
                THEN 'pending'
            WHEN EXISTS (SELECT 1 FROM group_members WHERE contact_id = NEW.contact_id AND consent = 'opted_out')
                THEN 'opted_out'
            WHEN EXISTS (SELECT 1 FROM channel_consent WHERE contact_id = NEW.contact_id AND consent = 'opted_in')
                THEN 'opted_in'
            ELSE 'unknown' END
    WHERE id = NEW.contact_id;
END;
CREATE TRIGGER channel_consent_delete AFTER DELETE ON channel_consent
BEGIN
    UPDATE contacts SET
        groups_text = COALESCE((SELECT group_concat(name, ', ') FROM
                                (SELECT g.name AS name FROM group_members m JOIN groups g ON g.id = m.group_id
                                 WHERE m.contact_id = OLD.contact_id AND g.deleted = 0 ORDER BY g.name COLLATE NOCASE)), ''),
        consent_summary = CASE
            WHEN EXISTS (SELECT 1 FROM channel_consent WHERE contact_id = OLD.contact_id AND consent = 'opted_out')
                THEN 'opted_out'
            WHEN EXISTS (SELECT 1 FROM group_members WHERE contact_id = OLD.contact_id AND consent = 'opted_in')
                THEN 'opted_in'
            WHEN EXISTS (SELECT 1 FROM group_members WHERE contact_id = OLD.contact_id AND consent = 'pending')
                THEN 'pending'
            WHEN EXISTS (SELECT 1 FROM group_members WHERE contact_id = OLD.contact_id AND consent = 'opted_out')
                THEN 'opted_out'
            WHEN EXISTS (SELECT 1 FROM channel_consent WHERE contact_id = OLD.contact_id AND consent = 'opted_in')
                THEN 'opted_in'
            ELSE 'unknown' END
    WHERE id = OLD.contact_id;
END;
CREATE TRIGGER channel_consent_update AFTER UPDATE ON channel_consent
BEGIN
    UPDATE contacts SET
        groups_text = COALESCE((SELECT group_concat(name, ', ') FROM
                                (SELECT g.name AS name FROM group_members m JOIN groups g ON g.id = m.group_id
                                 WHERE m.contact_id = NEW.contact_id AND g.deleted = 0 ORDER BY g.name COLLATE NOCASE)), ''),
        consent_summary = CASE
            WHEN EXISTS (SELECT 1 FROM channel_consent WHERE contact_id = NEW.contact_id AND consent = 'opted_out')
                THEN 'opted_out'
            WHEN EXISTS (SELECT 1 FROM group_members WHERE contact_id = NEW.contact_id AND consent = 'opted_in')
                THEN 'opted_in'
            WHEN EXISTS (SELECT 1 FROM group_members WHERE contact_id = NEW.contact_id AND consent = 'pending')
                THEN 'pending'
            WHEN EXISTS (SELECT 1 FROM group_members WHERE contact_id = NEW.contact_id AND consent = 'opted_out')
                THEN 'opted_out'
            WHEN EXISTS (SELECT 1 FROM channel_consent WHERE contact_id = NEW.contact_id AND consent = 'opted_in')
                THEN 'opted_in'
            ELSE 'unknown' END
    WHERE id = NEW.contact_id;
END;
-- A renamed or deleted group changes the groups column of its members.
CREATE TRIGGER groups_rename AFTER UPDATE OF name, deleted ON groups
BEGIN
    UPDATE contacts SET
        groups_text = COALESCE((SELECT group_concat(name, ', ') FROM
                                (SELECT g.name AS name FROM group_members m JOIN groups g ON g.id = m.group_id
                                 WHERE m.contact_id = contacts.id AND g.deleted = 0 ORDER BY g.name COLLATE NOCASE)), ''),
        consent_summary = CASE
            WHEN EXISTS (SELECT 1 FROM channel_consent WHERE contact_id = contacts.id AND consent = 'opted_out')
                THEN 'opted_out'
            WHEN EXISTS (SELECT 1 FROM group_members WHERE contact_id = contacts.id AND consent = 'opted_in')
                THEN 'opted_in'
            WHEN EXISTS (SELECT 1 FROM group_members WHERE contact_id = contacts.id AND consent = 'pending')
                THEN 'pending'
            WHEN EXISTS (SELECT 1 FROM group_members WHERE contact_id = contacts.id AND consent = 'opted_out')
                THEN 'opted_out'
            WHEN EXISTS (SELECT 1 FROM channel_consent WHERE contact_id = contacts.id AND consent = 'opted_in')
                THEN 'opted_in'
            ELSE 'unknown' END
    WHERE id IN (SELECT contact_id FROM group_members WHERE group_id = NEW.id);
END;
-- Contacts stored before this schema get their columns and index entries now.
UPDATE contacts SET
        primary_phone = COALESCE((SELECT CASE WHEN e164 <> '' THEN e164 ELSE raw END FROM contact_phones
                                  WHERE contact_id = contacts.id
                                  ORDER BY type NOT IN ('mobile', 'fixed_line_or_mobile'), position LIMIT 1), ''),
        search_numbers = COALESCE((SELECT group_concat(ltrim(e164, '+') || ' ' ||
                                   replace(replace(replace(replace(replace(replace(replace(raw, ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '+', ''), '/', ''), ' ')
                                   FROM contact_phones WHERE contact_id = contacts.id), '')
    WHERE deleted = 0;
UPDATE contacts SET
        primary_email = COALESCE((SELECT address FROM contact_emails WHERE contact_id = contacts.id
                                  ORDER BY position LIMIT 1), ''),
        search_emails = COALESCE((SELECT group_concat(address, ' ') FROM contact_emails
                                  WHERE contact_id = contacts.id), '')
    WHERE deleted = 0;
UPDATE contacts SET
        groups_text = COALESCE((SELECT group_concat(name, ', ') FROM
                                (SELECT g.name AS name FROM group_members m JOIN groups g ON g.id = m.group_id
                                 WHERE m.contact_id = contacts.id AND g.deleted = 0 ORDER BY g.name COLLATE NOCASE)), ''),
        consent_summary = CASE
            WHEN EXISTS (SELECT 1 FROM channel_consent WHERE contact_id = contacts.id AND consent = 'opted_out')
                THEN 'opted_out'
            WHEN EXISTS (SELECT 1 FROM group_members WHERE contact_id = contacts.id AND consent = 'opted_in')
                THEN 'opted_in'
            WHEN EXISTS (SELECT 1 FROM group_members WHERE contact_id = contacts.id AND consent = 'pending')
                THEN 'pending'
            WHEN EXISTS (SELECT 1 FROM group_members WHERE contact_id = contacts.id AND consent = 'opted_out')
                THEN 'opted_out'
            WHEN EXISTS (SELECT 1 FROM channel_consent WHERE contact_id = contacts.id AND consent = 'opted_in')
                THEN 'opted_in'
            ELSE 'unknown' END
    WHERE deleted = 0;

-- Full-text search. Names and e-mails: words matched by prefix, accents ignored ("jose" finds "José").
-- Numbers: any run of three or more digits, wherever it falls ("555 01", "+1415", "(415").
-- Both index the contact row itself (external content), so the text is stored once.
CREATE VIRTUAL TABLE contacts_text_fts USING fts5(
    given_name, middle_name, family_name, display_name, organization, search_emails,
    content = 'contacts', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
CREATE VIRTUAL TABLE contacts_number_fts USING fts5(
    search_numbers, content = 'contacts', content_rowid = 'rowid', tokenize = 'trigram');
INSERT INTO contacts_text_fts (rowid, given_name, middle_name, family_name, display_name, organization, search_emails)
    SELECT rowid, given_name, middle_name, family_name, display_name, organization, search_emails FROM contacts WHERE deleted = 0;
INSERT INTO contacts_number_fts (rowid, search_numbers) SELECT rowid, search_numbers FROM contacts WHERE deleted = 0;

CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts WHEN NEW.deleted = 0
BEGIN
    INSERT INTO contacts_text_fts (rowid, given_name, middle_name, family_name, display_name, organization, search_emails) VALUES (NEW.rowid, NEW.given_name, NEW.middle_name, NEW.family_name, NEW.display_name, NEW.organization, NEW.search_emails);
    INSERT INTO contacts_number_fts (rowid, search_numbers) VALUES (NEW.rowid, NEW.search_numbers);
END;
CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts WHEN OLD.deleted = 0
BEGIN
    INSERT INTO contacts_text_fts (contacts_text_fts, rowid, given_name, middle_name, family_name, display_name, organization, search_emails)
        VALUES ('delete', OLD.rowid, OLD.given_name, OLD.middle_name, OLD.family_name, OLD.display_name, OLD.organization, OLD.search_emails);
    INSERT INTO contacts_number_fts (contacts_number_fts, rowid, search_numbers)
        VALUES ('delete', OLD.rowid, OLD.search_numbers);
END;
CREATE TRIGGER contacts_text_fts_update AFTER UPDATE OF given_name, middle_name, family_name, display_name, organization, search_emails, deleted ON contacts
BEGIN
    INSERT INTO contacts_text_fts (contacts_text_fts, rowid, given_name, middle_name, family_name, display_name, organization, search_emails)
        SELECT 'delete', OLD.rowid, OLD.given_name, OLD.middle_name, OLD.family_name, OLD.display_name, OLD.organization, OLD.search_emails WHERE OLD.deleted = 0;
    INSERT INTO contacts_text_fts (rowid, given_name, middle_name, family_name, display_name, organization, search_emails)
        SELECT NEW.rowid, NEW.given_name, NEW.middle_name, NEW.family_name, NEW.display_name, NEW.organization, NEW.search_emails WHERE NEW.deleted = 0;
END;
CREATE TRIGGER contacts_number_fts_update AFTER UPDATE OF search_numbers, deleted ON contacts
BEGIN
    INSERT INTO contacts_number_fts (contacts_number_fts, rowid, search_numbers)
        SELECT 'delete', OLD.rowid, OLD.search_numbers WHERE OLD.deleted = 0;
    INSERT INTO contacts_number_fts (rowid, search_numbers)
        SELECT NEW.rowid, NEW.search_numbers WHERE NEW.deleted = 0;
END;


