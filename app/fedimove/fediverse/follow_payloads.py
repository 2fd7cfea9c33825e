"""Reading the home server's JSON for follows into core types, whatever it sends.

Server JSON is untrusted: a field can be missing, null or of another type. Anything that
does not look like an account or a relationship is left out rather than raised on.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fedimove.core.relationships import Relationship, ResolvedAccount


def _id_of(item: Mapping[str, Any]) -> str | None:
    value = item.get("id")
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    text = str(value).strip()
    return text or None


def relationship_from(item: Any, account_id: str) -> Relationship:
    """The answer to a follow: unknown shapes count as neither following nor requested."""
    if not isinstance(item, Mapping):
        return Relationship(account_id)
    return Relationship(account_id, item.get("following") is True, item.get("requested") is True)


def relationships_from(payload: Any) -> dict[str, Relationship]:
    if not isinstance(payload, list):
        return {}
    found = {}
    for item in payload:
        if isinstance(item, Mapping) and (account_id := _id_of(item)):
            found[account_id] = relationship_from(item, account_id)
    return found


def address_of(item: Mapping[str, Any], home_host: str) -> str | None:
    """`user@host` of an account entity (local accounts have a bare `acct`)."""
    acct = item.get("acct")
    if not isinstance(acct, str) or not acct.strip() or acct.count("@") > 1:
        return None
    acct = acct.strip().lstrip("@")
    return acct if "@" in acct else f"{acct}@{home_host}"


def resolved_from(item: Any, home_host: str) -> ResolvedAccount | None:
    """An account entity (as `fediverse.exact.resolve_exact` picked it) in core terms."""
    if not isinstance(item, Mapping):
        return None
    account_id, address = _id_of(item), address_of(item, home_host)
    if not account_id or not address:
        return None
    moved = item.get("moved")
    moved_to = address_of(moved, home_host) if isinstance(moved, Mapping) else None
    return ResolvedAccount(account_id, address, item.get("locked") is True, moved_to)


def ids_from(payload: Any) -> set[str]:
    """The ids of a page of accounts (a list's members)."""
    if not isinstance(payload, list):
        return set()
    return {i for item in payload if isinstance(item, Mapping) and (i := _id_of(item))}


def lists_from(payload: Any) -> list[tuple[str, str]]:
    """(id, title) of the user's lists."""
    if not isinstance(payload, list):
        return []
    found = []
    for item in payload:
        if isinstance(item, Mapping) and (list_id := _id_of(item)):
            title = item.get("title")
            found.append((list_id, title if isinstance(title, str) else ""))
    return found
