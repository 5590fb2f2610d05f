-- 2: stopping messages, clinics and their staff, and one outbox for everything sent unasked.
ALTER TABLE users ADD COLUMN status TEXT NOT NULL DEFAULT 'active';  -- active | stopped | blocked | invalid
ALTER TABLE users ADD COLUMN clinic_id INTEGER REFERENCES clinics (id);
CREATE INDEX users_by_clinic ON users (clinic_id, status);
CREATE TABLE clinics (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL,
    invite_code       TEXT NOT NULL UNIQUE,
    fever_threshold_c REAL,
    created_at        TEXT NOT NULL
);
CREATE TABLE clinic_staff (
    clinic_id INTEGER NOT NULL REFERENCES clinics (id) ON DELETE CASCADE,
    user_id   INTEGER NOT NULL,
    added_at  TEXT NOT NULL,
    PRIMARY KEY (clinic_id, user_id)
);
CREATE INDEX staff_by_user ON clinic_staff (user_id);
CREATE TABLE broadcasts (
    id           INTEGER PRIMARY KEY,
    clinic_id    INTEGER NOT NULL REFERENCES clinics (id),
    created_by   INTEGER,              -- staff Telegram id; NULL from the command line
    created_at   TEXT NOT NULL,
    template     TEXT,                 -- template key, or NULL for a written message
    text_en      TEXT NOT NULL,
    text_es      TEXT NOT NULL,
    recipients   INTEGER NOT NULL,
    reported_at  TEXT                  -- when the delivery report went to the staff member
);
CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     INTEGER NOT NULL,
    kind        TEXT NOT NULL,         -- reminder | broadcast | report
    ref         TEXT NOT NULL,         -- reminder event id, broadcast id, ...
    due_at      TEXT NOT NULL,         -- UTC, ISO 8601
    expires_at  TEXT,                  -- after this, skip rather than send late (reminders)
    payload     TEXT NOT NULL,         -- JSON: what to say and which buttons
    status      TEXT NOT NULL DEFAULT 'pending',
    -- pending | sending | sent | skipped | cancelled | blocked | invalid | failed
    attempts    INTEGER NOT NULL DEFAULT 0,
    next_try_at TEXT,
    last_error  TEXT,
    sent_at     TEXT,
    message_id  INTEGER,
    UNIQUE (user_id, kind, ref)
);
CREATE INDEX outbox_due ON outbox (status, due_at);
CREATE INDEX outbox_by_user ON outbox (user_id, status);
CREATE INDEX outbox_by_ref ON outbox (kind, ref, status);
