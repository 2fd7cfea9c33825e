-- The Twitter social graph, whatever source it came from.
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per Twitter account ever seen. source_rank: 0 archive, 1 API / x.com; a better
-- source overwrites a field, a lesser one only fills what is unknown.
CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    username TEXT,
    display_name TEXT,
    bio TEXT,
    bio_urls TEXT NOT NULL DEFAULT '[]',
    website TEXT,
    location TEXT,
    pinned_tweet TEXT,
    protected INTEGER,
    source TEXT NOT NULL,
    source_rank INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);
CREATE INDEX accounts_username ON accounts (lower(username));

-- following / follower / block / mute, per source, so a new archive replaces only its own.
CREATE TABLE edges (
    kind TEXT NOT NULL,
    account_id TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (kind, account_id, source)
) WITHOUT ROWID;
CREATE INDEX edges_account ON edges (account_id);

CREATE TABLE lists (
    key TEXT PRIMARY KEY,
    relation TEXT NOT NULL,
    url TEXT,
    name TEXT,
    description TEXT,
    owner_username TEXT,
    members_known INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE list_members (
    list_key TEXT NOT NULL REFERENCES lists (key) ON DELETE CASCADE,
    account_id TEXT NOT NULL,
    PRIMARY KEY (list_key, account_id)
) WITHOUT ROWID;

-- Text an account itself wrote (its bio, pinned tweet, retweeted tweets, DMs it sent).
CREATE TABLE account_texts (
    account_id TEXT NOT NULL,
    digest TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    urls TEXT NOT NULL DEFAULT '[]',
    source TEXT NOT NULL,
    PRIMARY KEY (account_id, digest)
) WITHOUT ROWID;

CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    location TEXT,
    fingerprint TEXT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    summary TEXT
);

-- User choices (language, prices, caps…): JSON values by key.
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
