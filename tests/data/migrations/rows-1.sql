INSERT INTO contacts (id, given_name, family_name, list_name, created_at, updated_at) VALUES ('0b7e7a4e-1c51-4a0e-9a35-2f1d1e7c0001', 'Ana', 'García', 'Ana García', '2026-01-02T03:04:05.000Z', '2026-01-02T03:04:05.000Z');
INSERT INTO contact_phones (contact_id, position, raw, e164, type, valid) VALUES ('0b7e7a4e-1c51-4a0e-9a35-2f1d1e7c0001', 0, '(415) 555-0132', '+14155550132', 'mobile', 1);
INSERT INTO contact_emails (contact_id, position, address, label) VALUES ('0b7e7a4e-1c51-4a0e-9a35-2f1d1e7c0001', 0, 'ana@example.com', 'work');
INSERT INTO groups (id, name, created_at, updated_at) VALUES ('9c3f0c55-7d7b-4f35-9a8e-6f4d5e3c0002', 'Mac Users', '2026-01-02T03:04:05.000Z', '2026-01-02T03:04:05.000Z');
INSERT INTO consent_ledger (id, contact_id, group_id, consent, method, source, recorded_at) VALUES ('c1', '0b7e7a4e-1c51-4a0e-9a35-2f1d1e7c0001', '9c3f0c55-7d7b-4f35-9a8e-6f4d5e3c0002', 'opted_in', 'paper', 'sign-up sheet', '2026-01-02T03:04:05.000Z');
INSERT INTO group_members (group_id, contact_id, consent, added_at) VALUES ('9c3f0c55-7d7b-4f35-9a8e-6f4d5e3c0002', '0b7e7a4e-1c51-4a0e-9a35-2f1d1e7c0001', 'opted_in', '2026-01-02T03:04:05.000Z');
INSERT INTO outbox (entity, record_id, operation, payload, created_at) VALUES ('contact', '0b7e7a4e-1c51-4a0e-9a35-2f1d1e7c0001', 'upsert', '{}', '2026-01-02T03:04:05.000Z');
INSERT INTO settings (key, value) VALUES ('default_region', 'US');
