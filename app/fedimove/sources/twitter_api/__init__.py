"""The Twitter/X API through tweepy (v2 `Client`, v1.1 `API`): what access is left, and export.

Adapters speak core: this package returns `fedimove.core` types and findings, never tweepy
objects or raw JSON, and every request goes through `fedimove.net.new_session()`.
"""
