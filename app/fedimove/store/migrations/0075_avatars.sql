-- The pictures of both sides of a match, so a person can compare faces in the review.
-- Only the addresses are kept here; the pictures themselves go to the capped avatar cache.
ALTER TABLE accounts ADD COLUMN avatar_url TEXT;
ALTER TABLE matches ADD COLUMN avatar_url TEXT NOT NULL DEFAULT '';
