-- The app registration per Mastodon server (client secrets live in the keyring, not here).
CREATE TABLE mastodon_apps (
    instance_url TEXT PRIMARY KEY,
    client_id TEXT NOT NULL,
    redirect_uris TEXT NOT NULL,
    scopes TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- The signed-in account (at most one row); its token lives in the keyring.
CREATE TABLE mastodon_home (
    slot INTEGER PRIMARY KEY CHECK (slot = 1),
    instance_url TEXT NOT NULL,
    account_id TEXT NOT NULL,
    acct TEXT NOT NULL,
    display_name TEXT NOT NULL DEFAULT '',
    software TEXT NOT NULL DEFAULT 'unknown',
    version TEXT NOT NULL DEFAULT '',
    signed_in_at TEXT NOT NULL
);
