-- The device whose push made a record's latest change, so that a pull can leave out what the pulling
-- device just pushed itself (docs/api.md, "pushedFrom"). NULL for changes made before this column.
ALTER TABLE records ADD COLUMN changed_by TEXT;
