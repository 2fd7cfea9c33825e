"""Everything that talks to fediverse servers: sign-in, resolving and verifying addresses."""
