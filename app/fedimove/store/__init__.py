"""The workspace (SQLite), secrets (the only door to keyring), settings and logs."""
