-- Followed accounts that published a Bluesky or Threads account that does not reach the
-- fediverse (not bridged by Bridgy Fed, not shared by Threads): not a match, but where the
-- person went, so the user can look them up there. Replaced each time matching judges the
-- account.
CREATE TABLE elsewhere (
    account_id TEXT NOT NULL,
    network TEXT NOT NULL CHECK (network IN ('bluesky', 'threads')),
    handle TEXT NOT NULL,
    PRIMARY KEY (account_id, network, handle)
) WITHOUT ROWID;
