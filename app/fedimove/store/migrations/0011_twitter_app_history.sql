-- Remember per developer app (consumer key, or bearer token for app-only access) that it once
-- worked, again as a one-way fingerprint: new tokens of an app that was cut off get the same
-- 401 / code 32 as a typo, and the PIN sign-in of a cut app fails at its first step.
ALTER TABLE twitter_credentials ADD COLUMN app_fingerprint TEXT;
CREATE INDEX twitter_credentials_app ON twitter_credentials (app_fingerprint);
