-- Reading x.com in the embedded browser: one run per target (following, followers, lists,
-- list:<id>). A run that stops keeps what it saw and is continued by the next one; only a run
-- that reached the end of its target is marked complete and may drop accounts it did not see.
CREATE TABLE xweb_runs (
    id INTEGER PRIMARY KEY,
    target TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'running',
    captured INTEGER NOT NULL DEFAULT 0,
    expected INTEGER,
    cursor TEXT,
    started_at TEXT NOT NULL,
    finished_at TEXT
);
CREATE INDEX xweb_runs_target ON xweb_runs (target, status);

CREATE TABLE xweb_seen (
    run_id INTEGER NOT NULL REFERENCES xweb_runs (id) ON DELETE CASCADE,
    account_id TEXT NOT NULL,
    PRIMARY KEY (run_id, account_id)
) WITHOUT ROWID;

-- When each page was read (unix time), so the hourly cap holds across runs and restarts.
CREATE TABLE xweb_pages (
    at REAL NOT NULL,
    target TEXT NOT NULL
);
CREATE INDEX xweb_pages_at ON xweb_pages (at);
