-- Twitter lists recreated as Mastodon lists, and which members were added to each.
CREATE TABLE list_sync (
    list_key TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    mastodon_list_id TEXT,
    state TEXT NOT NULL DEFAULT 'pending',
    reason TEXT,
    updated_at TEXT NOT NULL
);

CREATE TABLE list_sync_members (
    list_key TEXT NOT NULL REFERENCES list_sync (list_key) ON DELETE CASCADE,
    address TEXT NOT NULL COLLATE NOCASE,
    state TEXT NOT NULL DEFAULT 'pending',
    reason TEXT,
    PRIMARY KEY (list_key, address)
) WITHOUT ROWID;
