-- 4: a claim on an outbox row is a lease: a row left 'sending' past `lease_until` (its sender
-- died, or could not record the outcome) is claimed again by a running sender, without a
-- restart. `health` holds the time of the health probe's last write (proof the file is writable).
ALTER TABLE outbox ADD COLUMN lease_until TEXT;
CREATE TABLE health (
    name TEXT PRIMARY KEY,
    at   TEXT NOT NULL
);
