"""Plain `fedimove status`: the workspace in sentences a person reads (`--json` is for machines).

Unknown, not in the archive and zero stay different: a file the archive lacks says so, a step
not taken yet says what starts it, and areas with nothing to tell are left out.
"""

from __future__ import annotations

from typing import Any

from fedimove.i18n import tr

# Fields the sentences below tell; any other non-empty field is shown as it is.
TOLD = frozenset(
    {
        "account",
        "following",
        "resolved_usernames",
        "followers",
        "blocks",
        "mutes",
        "lists",
        "lists_member_of",
        "missing_files",
        "archive_import",
        "matched",
        "unmatched",
        "unchecked",
        "on_bluesky_not_bridged",
        "on_threads_not_federated",
        "mastodon",
        "followed",
        "requested",
        "pending",
        "failed",
        "already_followed",
        "lists_recreated",
        "blocked",
        "muted",
        "blocks_pending",
        "api_following",
        "api_lists",
        "api_export_complete",
        "api_export_spent",
        "xweb_following",
        "xweb_followers",
        "xweb_lists",
        "xweb_complete",
    }
)


def _absent_or(value: int | None) -> str:
    return tr("Status", "not in this archive") if value is None else str(value)


def _graph(data: dict[str, Any]) -> list[str]:
    following, known = int(data.get("following") or 0), int(data.get("resolved_usernames") or 0)
    if not following:
        return []
    if following == 1:
        text = tr("Status", "Following 1 account; {known} usernames known")
    else:
        text = tr("Status", "Following {following} accounts; {known} usernames known")
    text = text.format(following=following, known=known)
    if known < following:
        text += " " + tr("Status", "(the others are known only by number).")
    else:
        text += "."
    lines = [text]
    followers = data.get("followers")
    if followers is None:
        lines.append(tr("Status", "Followers: not in this archive."))
    else:
        lines.append(tr("Status", "Followers: {count}.").format(count=followers))
    lines.append(
        tr("Status", "Blocks on Twitter: {blocks}; mutes: {mutes}.").format(
            blocks=_absent_or(data.get("blocks")), mutes=_absent_or(data.get("mutes"))
        )
    )
    lines.append(
        tr(
            "Status", "Lists: {lists} you made or follow; you are on {member} lists made by others."
        ).format(lists=data.get("lists", 0), member=data.get("lists_member_of", 0))
    )
    return lines


def _archive(data: dict[str, Any]) -> list[str]:
    lines = []
    archive = data.get("archive_import")
    if isinstance(archive, dict):
        lines.append(
            tr("Status", "Archive read from {path} on {date}.").format(
                path=archive.get("path"), date=str(archive.get("finished_at") or "")[:10]
            )
        )
    missing = data.get("missing_files") or []
    if missing:
        lines.append(tr("Status", "Not in this archive: {files}.").format(files=", ".join(missing)))
    return lines


def _matches(data: dict[str, Any]) -> list[str]:
    matched = data.get("matched") if isinstance(data.get("matched"), dict) else {}
    unmatched, unchecked = int(data.get("unmatched") or 0), int(data.get("unchecked") or 0)
    if not (sum(matched.values()) or unmatched or unchecked):
        if data.get("following"):
            return [tr("Status", "Fediverse addresses not searched yet: fedimove match.")]
        return []
    lines = [
        tr(
            "Status",
            "Matches: {confirmed} confirmed, {likely} likely, {possible} possible; "
            "{unmatched} without an address; {unchecked} not checked yet.",
        ).format(
            confirmed=matched.get("confirmed", 0),
            likely=matched.get("likely", 0),
            possible=matched.get("possible", 0),
            unmatched=unmatched,
            unchecked=unchecked,
        )
    ]
    bluesky = int(data.get("on_bluesky_not_bridged") or 0)
    threads = int(data.get("on_threads_not_federated") or 0)
    if bluesky or threads:
        lines.append(
            tr(
                "Status",
                "On Bluesky without a bridge: {bluesky}; on Threads without federation: {threads}.",
            ).format(bluesky=bluesky, threads=threads)
        )
    return lines


def _mastodon(data: dict[str, Any]) -> list[str]:
    home = data.get("mastodon")
    if not isinstance(home, dict):
        return [tr("Status", "Mastodon: not signed in (fedimove mastodon login).")]
    lines = [tr("Status", "Mastodon: {address}.").format(address=home.get("address"))]
    keys = ("followed", "requested", "already_followed", "pending", "failed")
    if any(data.get(key) for key in keys):
        lines.append(
            tr(
                "Status",
                "Follows: {followed} made, {requested} requested, {already_followed} already "
                "there, {pending} waiting, {failed} failed.",
            ).format(**{key: data.get(key, 0) for key in keys})
        )
    if data.get("lists_recreated"):
        lines.append(
            tr("Status", "Lists recreated: {count}.").format(count=data["lists_recreated"])
        )
    if any(data.get(key) for key in ("blocked", "muted", "blocks_pending")):
        lines.append(
            tr(
                "Status", "On Mastodon: {blocked} blocked, {muted} muted, {pending} still to do."
            ).format(
                blocked=data.get("blocked", 0),
                muted=data.get("muted", 0),
                pending=data.get("blocks_pending", 0),
            )
        )
    return lines


def _twitter(data: dict[str, Any]) -> list[str]:
    lines = []
    if data.get("api_following") or data.get("api_export_complete") is not None:
        text = tr("Status", "Twitter API: {following} follows and {lists} lists read").format(
            following=data.get("api_following", 0), lists=data.get("api_lists", 0)
        )
        if data.get("api_export_complete"):
            text += "; " + tr("Status", "complete.")
        else:
            text += "; " + tr("Status", "not finished (fedimove twitter export continues).")
        lines.append(text)
    if data.get("xweb_following") or data.get("xweb_followers") or data.get("xweb_lists"):
        text = tr(
            "Status", "x.com: {following} follows, {followers} followers, {lists} lists read"
        ).format(
            following=data.get("xweb_following", 0),
            followers=data.get("xweb_followers", 0),
            lists=data.get("xweb_lists", 0),
        )
        # A count read part of the way is not the whole list: say which reads reached the end.
        if "following" in (data.get("xweb_complete") or []):
            text += "; " + tr("Status", "the follows to their end.")
        else:
            text += "; " + tr(
                "Status",
                "the follows not to their end yet (fedimove read-x or import-har adds more).",
            )
        lines.append(text)
    return lines


def sentences(data: dict[str, Any]) -> list[str]:
    """What `fedimove status` prints without --json."""
    account = data.get("account")
    if isinstance(account, dict):
        name = account.get("username") or account.get("id")
        lines = [tr("Status", "Account: @{name} ({id}).").format(name=name, id=account["id"])]
    else:
        lines = [tr("Status", "Nothing imported yet. Start with: fedimove import-archive PATH")]
    for part in (_graph, _archive, _matches, _mastodon, _twitter):
        lines.extend(part(data))
    for key, value in data.items():
        if key not in TOLD and value not in (None, 0, "", [], {}, False):
            lines.append(f"{key}: {value}")
    return lines
