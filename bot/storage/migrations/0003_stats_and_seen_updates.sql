-- 3: privacy and duplicate updates (bot/app/privacy.py). `stats` keeps only aggregate counts of what
-- was erased or pruned; `seen_updates` holds Telegram update ids (never a user id) for a day or
-- two, so an update delivered again after a restart is not processed twice.
CREATE TABLE stats (
    name  TEXT PRIMARY KEY,            -- users_deleted, events_erased.<kind>, events_pruned.<kind>
    value INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE seen_updates (
    update_id INTEGER PRIMARY KEY,
    at        TEXT NOT NULL
);
