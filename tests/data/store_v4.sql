-- A database made by the code before bot/storage (bot/store.py), at schema version 4, the last before bot/storage, with the inbox table its connection created, as `sqlite3 .dump` prints it.
-- tests/test_storage.py loads it and opens it with today's code: it must upgrade cleanly.
BEGIN TRANSACTION;
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
CREATE TABLE clinic_staff (
        clinic_id INTEGER NOT NULL REFERENCES clinics (id) ON DELETE CASCADE,
        user_id   INTEGER NOT NULL,
        added_at  TEXT NOT NULL,
        PRIMARY KEY (clinic_id, user_id)
    );
INSERT INTO "clinic_staff" VALUES(1,9,'2026-11-20T15:00:00+00:00');
CREATE TABLE clinics (
        id                INTEGER PRIMARY KEY,
        name              TEXT NOT NULL,
        invite_code       TEXT NOT NULL UNIQUE,
        fever_threshold_c REAL,
        created_at        TEXT NOT NULL
    );
INSERT INTO "clinics" VALUES(1,'Clínica Sol','code_sol',37.5,'2026-11-20T15:00:00+00:00');
CREATE TABLE events (
        id      INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER NOT NULL,
        at      TEXT NOT NULL,
        kind    TEXT NOT NULL,
        data    TEXT NOT NULL DEFAULT '{}'
    );
INSERT INTO "events" VALUES(1,7,'2026-11-20T15:00:00+00:00','user_created','{"language": "es"}');
CREATE TABLE health (
        name TEXT PRIMARY KEY,
        at   TEXT NOT NULL
    );
CREATE TABLE inbox (update_id INTEGER PRIMARY KEY, body TEXT NOT NULL, replies TEXT);
INSERT INTO "inbox" VALUES(42,'{}',NULL);
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
        message_id  INTEGER, lease_until TEXT,
        UNIQUE (user_id, kind, ref)
    );
INSERT INTO "outbox" VALUES(1,7,'reminder','day2@2026-11-20','2026-11-20T15:00:00+00:00',NULL,'{"text": {"en": "hi", "es": "hola"}}','pending',0,NULL,NULL,NULL,NULL,NULL);
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO "schema_version" VALUES(1);
INSERT INTO "schema_version" VALUES(2);
INSERT INTO "schema_version" VALUES(3);
INSERT INTO "schema_version" VALUES(4);
CREATE TABLE seen_updates (
        update_id INTEGER PRIMARY KEY,
        at        TEXT NOT NULL
    );
INSERT INTO "seen_updates" VALUES(41,'2026-11-20T15:00:00+00:00');
CREATE TABLE stats (
        name  TEXT PRIMARY KEY,            -- users_deleted, events_erased.<kind>, events_pruned.<kind>
        value INTEGER NOT NULL DEFAULT 0
    );
CREATE TABLE users (
        user_id    INTEGER PRIMARY KEY,
        language   TEXT NOT NULL,
        flow       TEXT,
        step       TEXT,
        answers    TEXT NOT NULL DEFAULT '{}',
        fields     TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    , status TEXT NOT NULL DEFAULT 'active', clinic_id INTEGER REFERENCES clinics (id));
INSERT INTO "users" VALUES(7,'es','menu','choose','{"a": 1}','{"country": "MX"}','2026-11-20T15:00:00+00:00','2026-11-20T15:00:00+00:00','active',1);
CREATE INDEX events_by_user ON events (user_id, id);
CREATE INDEX events_by_kind ON events (kind, at);
CREATE TRIGGER events_append_only BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE INDEX users_by_clinic ON users (clinic_id, status);
CREATE INDEX staff_by_user ON clinic_staff (user_id);
CREATE INDEX outbox_due ON outbox (status, due_at);
CREATE INDEX outbox_by_user ON outbox (user_id, status);
CREATE INDEX outbox_by_ref ON outbox (kind, ref, status);
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('events',1);
INSERT INTO "sqlite_sequence" VALUES('outbox',1);
COMMIT;
