-- 5: updates taken from Telegram and not yet handled, and their replies (bot/app/inbox.py). Rows live
-- for seconds. Before this migration the table was created with every connection, so a database
-- at version 4 already has it: IF NOT EXISTS makes this step a no-op there.
CREATE TABLE IF NOT EXISTS inbox (update_id INTEGER PRIMARY KEY, body TEXT NOT NULL, replies TEXT);
