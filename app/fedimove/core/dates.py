"""Account creation dates as the outside systems write them, turned into ISO 8601 dates.

Parsed by hand rather than with `strptime("%a %b …")`: Qt sets the process locale, and
`strptime` would then expect month names in the user's language.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_TWITTER = re.compile(
    r"^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{2}) \d{2}:\d{2}:\d{2} [+-]\d{4} (\d{4})$"
)
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def twitter_date(value: Any) -> str | None:
    """Twitter's "Mon Jan 10 02:06:34 +0000 2011" (v1.1, x.com) or v2's ISO form, as a date."""
    if not isinstance(value, str):
        return None
    match = _TWITTER.match(value)
    if match and match.group(1) in _MONTHS:
        month = _MONTHS.index(match.group(1)) + 1
        return _valid(int(match.group(3)), month, int(match.group(2)))
    return iso_date(value)


def iso_date(value: Any) -> str | None:
    """The date of an ISO 8601 timestamp ("2022-11-05T00:00:00.000Z"), or None.

    Mastodon.py hands the timestamp over already parsed: a datetime's date is taken in UTC,
    as the server wrote it, not in the local time zone.
    """
    if isinstance(value, datetime):
        moment = value.astimezone(UTC) if value.tzinfo else value
        return _valid(moment.year, moment.month, moment.day)
    match = _ISO.match(value) if isinstance(value, str) else None
    return _valid(*(int(part) for part in match.groups())) if match else None


def _valid(year: int, month: int, day: int) -> str | None:
    if 2000 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None
