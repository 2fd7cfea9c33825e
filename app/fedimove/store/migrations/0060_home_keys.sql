-- Home-server ids and relationships belong to one server and one signed-in account: each is
-- kept with the key of the sign-in it was learnt under (`instance_url || ' ' || account_id`),
-- so signing in elsewhere never reuses them. What was recorded before belongs to the
-- account signed in now, the only one this workspace knew; without a sign-in it stays
-- unkeyed until the next sign-in adopts it.
ALTER TABLE follow_queue ADD COLUMN home_key TEXT;
ALTER TABLE matches ADD COLUMN home_key TEXT;
ALTER TABLE fediverse_profiles ADD COLUMN home_key TEXT;
ALTER TABLE list_sync ADD COLUMN home_key TEXT;

UPDATE follow_queue SET home_key = (SELECT instance_url || ' ' || account_id FROM mastodon_home);
UPDATE matches SET home_key = (SELECT instance_url || ' ' || account_id FROM mastodon_home);
UPDATE fediverse_profiles
SET home_key = (SELECT instance_url || ' ' || account_id FROM mastodon_home);
UPDATE list_sync SET home_key = (SELECT instance_url || ' ' || account_id FROM mastodon_home);
