-- The follow executor's queue: one row per fediverse address to follow, surviving any crash.
-- state: pending → sending (a follow request may be on the wire) → followed | requested |
-- already | failed; dropped when a later plan no longer wants a target that was never sent.
CREATE TABLE follow_queue (
    address TEXT PRIMARY KEY COLLATE NOCASE,
    twitter_id TEXT NOT NULL,
    confidence TEXT NOT NULL DEFAULT '',
    home_account_id TEXT,
    show_boosts INTEGER NOT NULL DEFAULT 1,
    notify INTEGER NOT NULL DEFAULT 0,
    languages TEXT NOT NULL DEFAULT '[]',
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_try_at REAL NOT NULL DEFAULT 0,
    reason TEXT,
    detail TEXT,
    enqueued_at TEXT NOT NULL,
    sent_at TEXT,
    done_at TEXT
);
CREATE INDEX follow_queue_due ON follow_queue (state, next_try_at);
CREATE INDEX follow_queue_twitter ON follow_queue (twitter_id);
