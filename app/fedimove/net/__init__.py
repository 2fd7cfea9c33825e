"""HTTP sessions for every outside call: timeouts, user agent, CA bundle, connect-to overrides."""

from fedimove.net.http import DEFAULT_TIMEOUT, USER_AGENT, connect_to_overrides, new_session

__all__ = ["DEFAULT_TIMEOUT", "USER_AGENT", "connect_to_overrides", "new_session"]
