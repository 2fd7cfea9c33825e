"""Creation dates from every source, including those Mastodon.py has already parsed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from fedimove.core.dates import iso_date


def test_iso_strings_and_parsed_datetimes_give_the_servers_date() -> None:
    assert iso_date("2022-11-05T00:00:00.000Z") == "2022-11-05"
    assert iso_date(datetime(2022, 11, 5, tzinfo=UTC)) == "2022-11-05"
    late_in_new_york = datetime(2022, 11, 5, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert iso_date(late_in_new_york) == "2022-11-06"
    assert iso_date(datetime(1970, 1, 1, tzinfo=UTC)) is None
    assert iso_date(None) is None and iso_date(20221105) is None
