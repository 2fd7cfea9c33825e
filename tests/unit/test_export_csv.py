"""Mastodon's import files byte for byte, and a report safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io

from hypothesis import given
from hypothesis import strategies as st

from fedimove.core.export_csv import (
    ReportRow,
    blocked_csv,
    following_csv,
    lists_csv,
    muted_csv,
    report_csv,
)
from fedimove.core.relationships import FollowOptions


def test_following_accounts_csv_is_mastodons_format() -> None:
    text = following_csv(
        [
            ("alice@piaille.fr", FollowOptions()),
            ("bob@mastodon.social", FollowOptions(False, True, ("fr", "en"))),
        ]
    )
    assert text == (
        "Account address,Show boosts,Notify on new posts,Languages\n"
        "alice@piaille.fr,true,false,\n"
        'bob@mastodon.social,false,true,"fr, en"\n'
    )


def test_lists_csv_has_no_header() -> None:
    text = lists_csv([("Amis, proches", "alice@piaille.fr"), ("Tech", "bob@mastodon.social")])
    assert text == '"Amis, proches",alice@piaille.fr\nTech,bob@mastodon.social\n'


def test_blocked_accounts_csv_is_mastodons_format_without_a_header() -> None:
    # app/models/export.rb: to_csv(account.blocking) writes one acct per row, no header.
    assert blocked_csv(["troll@piaille.fr", "spam@mastodon.social"]) == (
        "troll@piaille.fr\nspam@mastodon.social\n"
    )


def test_muted_accounts_csv_is_mastodons_format_and_hides_notifications() -> None:
    # app/models/export.rb: headers 'Account address', 'Hide notifications'; Twitter's mute
    # silences notifications too, so every row says true.
    assert muted_csv(["noisy@piaille.fr", "loud@mastodon.social"]) == (
        "Account address,Hide notifications\nnoisy@piaille.fr,true\nloud@mastodon.social,true\n"
    )


def test_report_defuses_formulas_and_joins_evidence() -> None:
    text = report_csv(
        [
            ReportRow(
                "1",
                "alice",
                "alice@piaille.fr",
                "confirmed",
                "followed",
                "",
                ("bio: @alice@piaille.fr", "profile links back"),
            ),
            ReportRow("2", "=cmd", None, None, "skipped", "unmatched"),
        ]
    )
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][0] == "Twitter id"
    assert rows[1][2] == "https://twitter.com/alice"
    assert rows[1][7] == "bio: @alice@piaille.fr | profile links back"
    assert rows[2][1] == "'=cmd"


@given(st.lists(st.tuples(st.text(), st.text()), max_size=20))
def test_lists_csv_round_trips(rows: list[tuple[str, str]]) -> None:
    rows = [(a.replace("\r", ""), b.replace("\r", "")) for a, b in rows]
    parsed = list(csv.reader(io.StringIO(lists_csv(rows), newline="")))
    assert [tuple(r) for r in parsed] == rows
