-- What each fediverse server runs (asked once, reused by later runs).
CREATE TABLE fediverse_hosts (
    host TEXT PRIMARY KEY,
    software TEXT NOT NULL DEFAULT '',
    version TEXT NOT NULL DEFAULT '',
    reachable INTEGER NOT NULL DEFAULT 1,
    checked_at TEXT NOT NULL
);

-- Every address verified, by the key it was asked with (lowercase user@host): the final
-- account it leads to, as JSON. A cache: matching never asks twice for the same address.
CREATE TABLE fediverse_profiles (
    address TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    final_address TEXT NOT NULL,
    data TEXT NOT NULL,
    checked_at TEXT NOT NULL
);

-- Matches of Twitter accounts to fediverse accounts. `chosen` marks the one to act on;
-- `review` is the user's word (accepted / rejected); `relationship` the home server's
-- (following / requested / none), with the account's id there.
CREATE TABLE matches (
    account_id TEXT NOT NULL,
    address TEXT NOT NULL,
    confidence TEXT NOT NULL,
    chosen INTEGER NOT NULL DEFAULT 0,
    display_name TEXT NOT NULL DEFAULT '',
    profile_url TEXT NOT NULL DEFAULT '',
    locked INTEGER NOT NULL DEFAULT 0,
    moved_from TEXT NOT NULL DEFAULT '[]',
    review TEXT,
    home_id TEXT,
    relationship TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (account_id, address)
);
CREATE INDEX matches_chosen ON matches (chosen, confidence);

CREATE TABLE match_evidence (
    account_id TEXT NOT NULL,
    address TEXT NOT NULL,
    kind TEXT NOT NULL,
    source TEXT NOT NULL,
    snippet TEXT NOT NULL,
    PRIMARY KEY (account_id, address, kind, source, snippet),
    FOREIGN KEY (account_id, address) REFERENCES matches (account_id, address) ON DELETE CASCADE
) WITHOUT ROWID;

-- Which followed accounts matching has finished with, and how: matched, unmatched (nothing
-- found), or gone / suspended / moved-away with the reason. Resuming skips these.
CREATE TABLE match_progress (
    account_id TEXT PRIMARY KEY,
    phase TEXT NOT NULL,
    outcome TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    checked_at TEXT NOT NULL
);
