-- Blocks and mutes carried from Twitter (issue 15): one row per signed-in account, action and
-- fediverse address, surviving any crash. Kept apart from the follow queue: never followed.
-- state: pending → sending (a block or mute may be on the wire) → done | already | failed.
-- home_key is the sign-in (`instance_url || ' ' || account_id`) the row belongs to: another
-- sign-in has its own rows, and home ids are only ever used under the key they came from.
CREATE TABLE moderation_queue (
    home_key TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('block', 'mute')),
    address TEXT NOT NULL COLLATE NOCASE,
    twitter_id TEXT NOT NULL,
    confidence TEXT NOT NULL DEFAULT '',
    home_account_id TEXT,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_try_at REAL NOT NULL DEFAULT 0,
    reason TEXT,
    detail TEXT,
    enqueued_at TEXT NOT NULL,
    done_at TEXT,
    PRIMARY KEY (home_key, action, address)
);
CREATE INDEX moderation_queue_due ON moderation_queue (home_key, state, next_try_at);
