-- Twitter/X API access and exports (issue 8).

-- When each credential last worked, by fingerprint (a one-way hash of its public parts,
-- never a secret): a 401 on keys that once worked means the app was cut off, not a typo.
CREATE TABLE twitter_credentials (
    fingerprint TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    first_worked_at TEXT,
    last_worked_at TEXT,
    last_checked_at TEXT,
    last_status TEXT,
    last_reason TEXT
);

-- One row per export task ('following', 'owned_lists', 'list_members:<id>', 'hydrate'…):
-- where its pagination stands, so a stopped export continues instead of starting over.
CREATE TABLE twitter_export_tasks (
    task TEXT PRIMARY KEY,
    route TEXT,
    cursor TEXT,
    done INTEGER NOT NULL DEFAULT 0,
    items INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);

-- Ids (accounts, or lists for the list tasks) a task has read so far: list members are saved
-- whole when the list is done; follows no longer followed are pruned when the full read is done.
CREATE TABLE twitter_export_seen (
    task TEXT NOT NULL,
    item_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (task, item_id)
) WITHOUT ROWID;

-- Each export run: complete only when every task finished; why it stopped otherwise.
CREATE TABLE twitter_export_runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    complete INTEGER NOT NULL DEFAULT 0,
    stop_status TEXT,
    stop_reason TEXT,
    estimated_cost REAL,
    spent REAL NOT NULL DEFAULT 0
);
