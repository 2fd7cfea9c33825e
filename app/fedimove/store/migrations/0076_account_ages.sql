-- When each side of a match was created, and what the fediverse account says of itself:
-- a week-old account with a famous name is the impostor's signature a person looks for.
ALTER TABLE accounts ADD COLUMN created_at TEXT;
ALTER TABLE matches ADD COLUMN created_at TEXT NOT NULL DEFAULT '';
ALTER TABLE matches ADD COLUMN note TEXT NOT NULL DEFAULT '';
