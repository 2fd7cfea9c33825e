"""The domain, pure: no Qt, no network, no database, no hidden clock reads."""
