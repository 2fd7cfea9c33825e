"""Direct messages other accounts sent the user: text they wrote themselves, with its links.

Kept only for accounts the user follows, since matching looks for their fediverse address;
the rest of the conversation (what the user wrote, media, reactions) is not kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from fedimove.core.graph import AccountText, TextKind
from fedimove.sources.archive.records import account_id


def _message_urls(message: Mapping[str, Any]) -> tuple[str, ...]:
    urls = message.get("urls")
    if not isinstance(urls, list):
        return ()
    found = []
    for url in urls:
        if isinstance(url, dict):
            expanded = url.get("expanded") or url.get("url")
            if isinstance(expanded, str) and expanded:
                found.append(expanded)
    return tuple(found)


def dm_texts(
    conversations: Iterable[dict[str, Any]], me_id: str | None, authors: set[str]
) -> Iterator[AccountText]:
    """Texts of messages sent by one of `authors` (never the user's own)."""
    for item in conversations:
        conversation = item.get("dmConversation")
        messages = conversation.get("messages") if isinstance(conversation, dict) else None
        if not isinstance(messages, list):
            continue
        for event in messages:
            message = event.get("messageCreate") if isinstance(event, dict) else None
            if not isinstance(message, dict):
                continue
            sender = account_id(message.get("senderId"))
            text = message.get("text")
            if sender and sender != me_id and sender in authors and isinstance(text, str) and text:
                yield AccountText(sender, TextKind.DM, text, _message_urls(message))
