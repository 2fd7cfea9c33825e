"""Matches, their evidence, and the verification cache, as the workspace keeps them.

The follow plan (issue 4) and the GUI read `chosen_matches()`; matching writes one account
at a time (`save_account_result`), so a killed run loses at most the account in flight.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace

from fedimove.core.fediverse_host import HostInfo
from fedimove.core.handles import Handle
from fedimove.core.matching import Confidence, Evidence, EvidenceKind, Match, handle_of
from fedimove.core.remote_profile import AccountState, ProfileField, RemoteProfile
from fedimove.store.mastodon_signin import HOME_KEY_SQL
from fedimove.store.workspace import now_iso


@dataclass(frozen=True, slots=True)
class MatchRow:
    """One stored match, as the plan and the GUI need it."""

    account_id: str
    address: str
    confidence: Confidence
    chosen: bool
    display_name: str
    profile_url: str
    locked: bool
    moved_from: tuple[str, ...]
    review: str | None
    home_id: str | None
    relationship: str | None
    evidence: tuple[Evidence, ...]
    avatar_url: str = ""
    created_at: str = ""
    note: str = ""


# -- verification cache ----------------------------------------------------------------------


def load_hosts(conn: sqlite3.Connection) -> dict[str, HostInfo]:
    return {
        row["host"]: HostInfo(row["host"], row["software"], row["version"], bool(row["reachable"]))
        for row in conn.execute("SELECT * FROM fediverse_hosts WHERE reachable = 1")
    }


def save_hosts(conn: sqlite3.Connection, infos: Iterable[HostInfo]) -> None:
    conn.executemany(
        "INSERT INTO fediverse_hosts (host, software, version, reachable, checked_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT(host) DO UPDATE SET software = excluded.software,"
        " version = excluded.version, reachable = excluded.reachable,"
        " checked_at = excluded.checked_at",
        [(i.host, i.software, i.version, int(i.reachable), now_iso()) for i in infos],
    )


def _profile_json(profile: RemoteProfile) -> str:
    data = asdict(profile)
    data["address"] = str(profile.address)
    data["moved_to"] = str(profile.moved_to) if profile.moved_to else None
    data["moved_from"] = [str(h) for h in profile.moved_from]
    return json.dumps(data, ensure_ascii=False)


def _profile_from_json(text: str) -> RemoteProfile:
    data = json.loads(text)
    return RemoteProfile(
        address=handle_of(data["address"]) or Handle("?", "?"),
        state=AccountState(data["state"]),
        url=data["url"],
        display_name=data["display_name"],
        note=data["note"],
        note_urls=tuple(data["note_urls"]),
        fields=tuple(
            ProfileField(f["name"], f["value"], tuple(f["urls"]), f["verified"])
            for f in data["fields"]
        ),
        locked=data["locked"],
        moved_to=handle_of(data["moved_to"]) if data["moved_to"] else None,
        reason=data["reason"],
        source=data["source"],
        moved_from=tuple(h for h in map(handle_of, data["moved_from"]) if h),
        home_id=data.get("home_id", ""),
        actor_uri=data.get("actor_uri", ""),
        avatar=data.get("avatar", ""),
        created_at=data.get("created_at", ""),
    )


def cached_profiles(
    conn: sqlite3.Connection, keys: Iterable[str], home_key: str | None = None
) -> dict[str, RemoteProfile]:
    """Cached verifications for these address keys (unreachable ones are never cached).

    A home id seen under another sign-in (`home_key`) is left out: it names someone else,
    or nobody, on the server signed in now.
    """
    found: dict[str, RemoteProfile] = {}
    for key in set(keys):
        row = conn.execute(
            "SELECT data, home_key FROM fediverse_profiles WHERE address = ?", (key,)
        ).fetchone()
        if row:
            profile = _profile_from_json(row[0])
            if profile.home_id and row[1] != home_key:
                profile = replace(profile, home_id="")
            found[key] = profile
    return found


def cache_profile(
    conn: sqlite3.Connection, key: str, profile: RemoteProfile, home_key: str | None = None
) -> None:
    """Remember a verification; its home id (if any) as seen under the sign-in `home_key`."""
    if profile.state is AccountState.UNREACHABLE:
        return
    conn.execute(
        "INSERT INTO fediverse_profiles (address, state, final_address, data, checked_at,"
        " home_key) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(address) DO UPDATE SET"
        " state = excluded.state, final_address = excluded.final_address,"
        " data = excluded.data, checked_at = excluded.checked_at, home_key = excluded.home_key",
        (
            key,
            profile.state.value,
            profile.address.key,
            _profile_json(profile),
            now_iso(),
            home_key,
        ),
    )


def forget_profiles(conn: sqlite3.Connection, *, keep_active: bool = False) -> None:
    """Drop cached verifications (all, or all but active accounts) so matching asks again."""
    conn.execute(
        "DELETE FROM fediverse_profiles" + (" WHERE state != 'active'" if keep_active else "")
    )


def active_addresses(conn: sqlite3.Connection) -> list[str]:
    """Every cached address that led to an active account (which servers the graph uses)."""
    return [
        row[0]
        for row in conn.execute("SELECT address FROM fediverse_profiles WHERE state = 'active'")
    ]


# -- results ---------------------------------------------------------------------------------


def done_accounts(conn: sqlite3.Connection, phase: str | None = None) -> set[str]:
    """Accounts matching need not look at again: those it could not check are looked at."""
    sql = "SELECT account_id FROM match_progress WHERE outcome != 'unchecked'"
    rows = conn.execute(sql + " AND phase = ?", (phase,)) if phase else conn.execute(sql)
    return {row[0] for row in rows}


def reset(conn: sqlite3.Connection, account_ids: Iterable[str] | None = None) -> None:
    """Forget results (all, or for these accounts) so matching looks again; reviews stay."""
    if account_ids is None:
        conn.execute("DELETE FROM match_progress")
        conn.execute("DELETE FROM matches WHERE review IS NULL")
        return
    ids = list(account_ids)
    conn.executemany("DELETE FROM match_progress WHERE account_id = ?", ((i,) for i in ids))
    conn.executemany(
        "DELETE FROM matches WHERE account_id = ? AND review IS NULL", ((i,) for i in ids)
    )


def save_account_result(
    conn: sqlite3.Connection,
    account_id: str,
    phase: str,
    matches: Iterable[Match],
    outcome: str,
    reason: str = "",
    home_key: str | None = None,
) -> None:
    """Replace this account's unreviewed matches and record it done (caller's transaction).

    Home ids and relationships are kept with the sign-in they were learnt under (`home_key`);
    one learnt under another sign-in is dropped rather than carried over.
    """
    conn.execute("DELETE FROM matches WHERE account_id = ? AND review IS NULL", (account_id,))
    stamp = now_iso()
    ranked = list(matches)
    for match in ranked:
        address = match.address.key
        conn.execute(
            "INSERT INTO matches (account_id, address, confidence, display_name, profile_url,"
            " locked, moved_from, home_id, updated_at, home_key, avatar_url, created_at, note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(account_id, address) DO UPDATE SET confidence = excluded.confidence,"
            " display_name = excluded.display_name, profile_url = excluded.profile_url,"
            " avatar_url = excluded.avatar_url, created_at = excluded.created_at,"
            " note = excluded.note,"
            " locked = excluded.locked, moved_from = excluded.moved_from,"
            " home_id = coalesce(excluded.home_id,"
            "  CASE WHEN matches.home_key IS excluded.home_key THEN matches.home_id END),"
            " relationship = CASE WHEN matches.home_key IS excluded.home_key"
            "  THEN matches.relationship END,"
            " home_key = excluded.home_key, updated_at = excluded.updated_at",
            (
                account_id,
                address,
                match.confidence.value,
                match.remote.display_name,
                match.remote.url,
                int(match.remote.locked),
                json.dumps([str(h) for h in match.remote.moved_from]),
                match.remote.home_id or None,
                stamp,
                home_key,
                match.remote.avatar,
                match.remote.created_at,
                match.remote.note[:1000],
            ),
        )
        conn.execute(
            "DELETE FROM match_evidence WHERE account_id = ? AND address = ?", (account_id, address)
        )
        conn.executemany(
            "INSERT OR IGNORE INTO match_evidence (account_id, address, kind, source, snippet)"
            " VALUES (?, ?, ?, ?, ?)",
            [(account_id, address, e.kind.value, e.source, e.snippet) for e in match.evidence],
        )
    _choose(conn, account_id)
    conn.execute(
        "INSERT INTO match_progress (account_id, phase, outcome, reason, checked_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT(account_id) DO UPDATE SET phase = excluded.phase,"
        " outcome = excluded.outcome, reason = excluded.reason, checked_at = excluded.checked_at",
        (account_id, phase, outcome, reason, stamp),
    )


_ORDER = "CASE confidence WHEN 'confirmed' THEN 3 WHEN 'likely' THEN 2 ELSE 1 END"


def _choose(conn: sqlite3.Connection, account_id: str) -> None:
    """The match to act on: accepted by the user, else the surest not rejected."""
    conn.execute("UPDATE matches SET chosen = 0 WHERE account_id = ?", (account_id,))
    conn.execute(
        "UPDATE matches SET chosen = 1 WHERE rowid = (SELECT rowid FROM matches"
        " WHERE account_id = ? AND coalesce(review, '') != 'rejected'"
        f" ORDER BY review = 'accepted' DESC, {_ORDER} DESC,"
        " (SELECT count(*) FROM match_evidence e WHERE e.account_id = matches.account_id"
        " AND e.address = matches.address) DESC, address LIMIT 1)",
        (account_id,),
    )


def set_review(conn: sqlite3.Connection, account_id: str, address: str, review: str | None) -> None:
    """The user accepts or rejects a match (None: undo)."""
    conn.execute(
        "UPDATE matches SET review = ? WHERE account_id = ? AND address = ?",
        (review, account_id, address),
    )
    _choose(conn, account_id)


def rejected(conn: sqlite3.Connection, account_id: str, address: str) -> bool:
    """Whether the user said "not this person" to this match (read at send time: a queue may
    run for days while the user goes on reviewing)."""
    row = conn.execute(
        "SELECT 1 FROM matches WHERE account_id = ? AND address = ? COLLATE NOCASE"
        " AND review = 'rejected'",
        (account_id, address),
    )
    return row.fetchone() is not None


def set_relationships(
    conn: sqlite3.Connection, states: dict[str, tuple[str, str]], home_key: str | None = None
) -> None:
    """`address key → (home id, following|requested|none)` for the chosen matches, as the
    sign-in `home_key` sees them."""
    conn.executemany(
        "UPDATE matches SET home_id = ?, relationship = ?, home_key = ? WHERE address = ?",
        [(home_id, state, home_key, address) for address, (home_id, state) in states.items()],
    )


def chosen_matches(conn: sqlite3.Connection) -> list[MatchRow]:
    return _rows(conn, "WHERE m.chosen = 1")


def matches_of(conn: sqlite3.Connection, account_id: str) -> list[MatchRow]:
    return _rows(conn, "WHERE m.account_id = ?", (account_id,))


def _rows(conn: sqlite3.Connection, where: str, params: tuple[str, ...] = ()) -> list[MatchRow]:
    evidence: dict[tuple[str, str], list[Evidence]] = {}
    for row in conn.execute(
        "SELECT e.* FROM match_evidence e JOIN matches m USING (account_id, address) "
        + where
        + " ORDER BY e.kind, e.source",
        params,
    ):
        evidence.setdefault((row["account_id"], row["address"]), []).append(
            Evidence(EvidenceKind(row["kind"]), row["source"], row["snippet"])
        )
    return [
        MatchRow(
            row["account_id"],
            row["address"],
            Confidence(row["confidence"]),
            bool(row["chosen"]),
            row["display_name"],
            row["profile_url"],
            bool(row["locked"]),
            tuple(json.loads(row["moved_from"])),
            row["review"],
            row["home_id_now"],
            row["relationship_now"],
            tuple(evidence.get((row["account_id"], row["address"]), ())),
            row["avatar_url"],
            row["created_at"],
            row["note"],
        )
        for row in conn.execute(
            # Ids and relationships only of the sign-in they were learnt under: another
            # server's id names someone else there, another account's relationship is not ours.
            "SELECT m.*,"
            f" CASE WHEN m.home_key IS {HOME_KEY_SQL} THEN m.home_id END AS home_id_now,"
            f" CASE WHEN m.home_key IS {HOME_KEY_SQL} THEN m.relationship END AS relationship_now"
            " FROM matches m " + where + " ORDER BY m.account_id, m.chosen DESC",
            params,
        )
    ]


def progress_of(conn: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    return {
        row["account_id"]: (row["outcome"], row["reason"])
        for row in conn.execute("SELECT * FROM match_progress")
    }


def counts(conn: sqlite3.Connection) -> dict[str, object]:
    """`matched` by confidence (chosen matches of followed accounts), `unmatched` (looked,
    nothing found) and `unchecked` (a server that could have answered did not)."""
    following = "SELECT account_id FROM edges WHERE kind = 'following'"
    matched = {c.value: 0 for c in Confidence}
    for row in conn.execute(
        f"SELECT confidence, count(*) FROM matches WHERE chosen = 1 AND account_id IN ({following})"
        " GROUP BY confidence"
    ):
        matched[row[0]] = row[1]
    without = {"unmatched": 0, "unchecked": 0}
    for row in conn.execute(
        f"SELECT outcome = 'unchecked', count(*) FROM match_progress"
        f" WHERE account_id IN ({following})"
        " AND account_id NOT IN (SELECT account_id FROM matches WHERE chosen = 1) GROUP BY 1"
    ):
        without["unchecked" if row[0] else "unmatched"] = row[1]
    return {"matched": matched, **without}
