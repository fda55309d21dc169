-- The contacts an import created, as the range of their rowids: all of them were added in the import's
-- one transaction, one after the other, so a range says what a row per contact in import_changes
-- said, without writing a million rows for a million contacts. Imports recorded before this version
-- keep their 'created' rows in import_changes; both are rolled back.
ALTER TABLE imports ADD COLUMN created_first INTEGER;
ALTER TABLE imports ADD COLUMN created_last INTEGER;
