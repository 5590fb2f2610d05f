-- 1: users, their conversation state, and the append-only event log.
CREATE TABLE users (
    user_id    INTEGER PRIMARY KEY,
    language   TEXT NOT NULL,
    flow       TEXT,
    step       TEXT,
    answers    TEXT NOT NULL DEFAULT '{}',
    fields     TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE events (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL,
    at      TEXT NOT NULL,
    kind    TEXT NOT NULL,
    data    TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX events_by_user ON events (user_id, id);
CREATE INDEX events_by_kind ON events (kind, at);
-- The event log is append-only: history is never rewritten.
CREATE TRIGGER events_append_only BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
