-- A database made by the code before bot/storage (bot/store.py), at schema version 1 (the first schema), as `sqlite3 .dump` prints it.
-- tests/test_storage.py loads it and opens it with today's code: it must upgrade cleanly.
BEGIN TRANSACTION;
CREATE TABLE events (
        id      INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER NOT NULL,
        at      TEXT NOT NULL,
        kind    TEXT NOT NULL,
        data    TEXT NOT NULL DEFAULT '{}'
    );
INSERT INTO "events" VALUES(1,5,'2026-11-20T15:00:00+00:00','user_created','{}');
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO "schema_version" VALUES(1);
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
INSERT INTO "users" VALUES(5,'en',NULL,NULL,'{}','{}','2026-11-20T15:00:00+00:00','2026-11-20T15:00:00+00:00');
CREATE INDEX events_by_user ON events (user_id, id);
CREATE INDEX events_by_kind ON events (kind, at);
CREATE TRIGGER events_append_only BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('events',1);
COMMIT;
