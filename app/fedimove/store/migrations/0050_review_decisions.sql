-- What the user decided in the match review: follow a "possible" match (pick), leave out a
-- match (skip), or "not this person" (reject). Tied to the address it was about: when matching
-- later finds another address for the account, the old decision no longer applies.
CREATE TABLE review_decisions (
    account_id TEXT PRIMARY KEY,
    address TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('pick', 'skip', 'reject')),
    decided_at TEXT NOT NULL
) WITHOUT ROWID;
