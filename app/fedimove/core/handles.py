"""Finding fediverse addresses in what people write — precision first.

A wrong address means following a stranger, so every rule leans towards missing an address
rather than inventing one: e-mail addresses, Matrix ids, sites that merely use `/@user` URLs,
truncated display text and t.co links are never taken. Two networks federate through a door of
their own: a Bluesky handle (`name.bsky.social`, or a domain marked "🦋"/"bsky:", or in a
`bsky.app/profile/…` link) becomes its Bridgy Fed address `handle@bsky.brid.gy`, and a Threads
profile (`threads.net/@name`, `@name@threads.net`) the address `name@threads.net`; whether
either really federates is for matching to check. Text is first
normalised (NFKC folds fullwidth ＠ and mathematical letters; zero-width characters go) and
written-out forms (`alice [at] example [dot] social`) are rewritten.

Each `Found` says how it was written (`Form`): an `@user@host` mention or a profile URL is
an address the writer meant, and so is a fediverse profile path (`/users/u`, Friendica's
`/profile/u`, PeerTube's `/c/u` and `/a/u`); a bare `user@host` is only a candidate until the
host proves to be a fediverse server (`strong` is False). Matching verifies every address.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import SplitResult, unquote, urlsplit

from fedimove.core.handle_rules import (
    FILE_SUFFIXES,
    KNOWN_FEDIVERSE,
    MAIL_DOMAINS,
    NOT_FEDIVERSE,
    ROLE_USERS,
    host_in,
)


class Form(StrEnum):
    MENTION = "mention"  # @user@host, acct:user@host
    PROFILE_URL = "profile_url"  # host/@user, host/web/@user, host/@user/123, host/@user@other
    PATH_URL = "path_url"  # host/users/user, host/profile/user, host/c/user, host/a/user
    BARE = "bare"  # user@host
    BLUESKY = "bluesky"  # a Bluesky handle, as its Bridgy Fed address handle@bsky.brid.gy


STRONG_FORMS = frozenset({Form.MENTION, Form.PROFILE_URL, Form.PATH_URL, Form.BLUESKY})
BRIDGY_BLUESKY = "bsky.brid.gy"
THREADS = "threads.net"
_THREADS_HOSTS = frozenset({"threads.net", "www.threads.net", "threads.com", "www.threads.com"})
_BLUESKY_APP = frozenset({"bsky.app", "www.bsky.app"})


@dataclass(frozen=True, slots=True, order=True)
class Handle:
    """A fediverse address; the host is lowercase, the user as written."""

    user: str
    host: str

    def __str__(self) -> str:
        return f"{self.user}@{self.host}"

    @property
    def key(self) -> str:
        """Addresses compare without case (servers treat usernames so)."""
        return f"{self.user.lower()}@{self.host}"


@dataclass(frozen=True, slots=True)
class Found:
    handle: Handle
    form: Form
    snippet: str

    @property
    def strong(self) -> bool:
        return self.form in STRONG_FORMS


_INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e"),
    None,
)
# A written-out "[at]" or "(dot)" joins two words; one at an edge joins nothing.
_WRITTEN_AT = re.compile(
    r"(?<=\w)\s*[\[\(\{<]\s*(?:at|@|arobase)\s*[\]\)\}>]\s*(?=\w)", re.IGNORECASE
)
_WRITTEN_DOT = re.compile(
    r"(?<=\w)\s*[\[\(\{<]\s*(?:dot|point)\s*[\]\)\}>]\s*(?=\w)", re.IGNORECASE
)
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_HOST = rf"(?:{_LABEL}\.)+[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]"
_USER = r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?"
# Twitter ends cut display text with "…"; NFKC would turn it into "...", so it is kept apart.
_ELLIPSIS = "\ue000"
_TRUNCATED = _ELLIPSIS
_SPACED_AT = re.compile(rf"(?<![\w@])(@{_USER})(?:\s*@\s+|\s+@\s*)(?={_HOST}(?![\w@.-]))")
_URL = re.compile(
    rf"(?<!@)(?:https?://|(?<![\w@./:-])(?={_HOST}/))[^\s<>\"'`|\]\[(){{}}{_ELLIPSIS}]+",
    re.IGNORECASE,
)
_ADDRESS = re.compile(
    rf"(?<![\w@/:.+%=-])(?P<prefix>acct:|@)?(?P<user>{_USER})@(?:https?://)?(?P<host>{_HOST})"
    rf"(?![\w@-]|\.[A-Za-z0-9]|:\w|/\w|{_TRUNCATED})",
)
# A handle on Bluesky's own server, or any domain its writer marked as a Bluesky handle.
_BLUESKY_HOSTED = re.compile(
    rf"(?<![\w@./:+%=-])@?(?P<handle>(?:{_LABEL}\.)+bsky\.social)(?![\w@-]|\.[A-Za-z0-9]|[/:])",
    re.IGNORECASE,
)
_BLUESKY_MARKED = re.compile(
    rf"(?:🦋|\b(?:bsky|bluesky)\b\s*:?)\s*@?(?P<handle>{_HOST})(?![\w@-]|\.[A-Za-z0-9]|[/:])",
    re.IGNORECASE,
)
_MAILTO = re.compile(r"mailto:\S+", re.IGNORECASE)
_TCO = re.compile(r"https?://t\.co/\w+", re.IGNORECASE)


def normalise(text: str) -> str:
    """Fold look-alikes and drop invisible characters, then rewrite written-out forms."""
    return _unwrite(_fold(text))


def _fold(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text.replace("…", _ELLIPSIS)).translate(_INVISIBLE)
    return text


def _unwrite(text: str) -> str:
    """`alice [at] example [dot] social` and `@alice @ example.social` as plain addresses."""
    if "[" in text or "(" in text or "{" in text or "<" in text:
        text = _WRITTEN_AT.sub("@", text)
        text = _WRITTEN_DOT.sub(".", text)
    if " @" in text or "@ " in text:
        text = _SPACED_AT.sub(lambda m: m.group(1) + "@", text)
    return text


def _acceptable(user: str, host: str, form: Form) -> bool:
    if not user or len(user) > 64 or host.rsplit(".", 1)[-1] in FILE_SUFFIXES:
        return False
    if host != THREADS and (host_in(host, NOT_FEDIVERSE) or host_in(host, MAIL_DOMAINS)):
        return False
    return not (form is Form.BARE and user.lower() in ROLE_USERS)


def _make(user: str, host: str, form: Form, snippet: str) -> Found | None:
    user = user.strip(".-")
    host = host.lower().rstrip(".")
    if host in _THREADS_HOSTS:
        host = THREADS
    if not re.fullmatch(_USER, user) or not re.fullmatch(_HOST, host):
        return None
    if not _acceptable(user, host, form):
        return None
    return Found(Handle(user, host), form, snippet)


def _bluesky(handle: str, snippet: str) -> Found | None:
    """A Bluesky handle (a domain) as its Bridgy Fed address; not a known other service."""
    handle = handle.lower().rstrip(".")
    if not re.fullmatch(_HOST, handle) or handle.rsplit(".", 1)[-1] in FILE_SUFFIXES:
        return None
    if not handle.endswith(".bsky.social") and (
        host_in(handle, NOT_FEDIVERSE)
        or host_in(handle, KNOWN_FEDIVERSE)
        or host_in(handle, MAIL_DOMAINS)
    ):
        return None
    return _make(handle, BRIDGY_BLUESKY, Form.BLUESKY, snippet)


# Where a person can see an account on Bluesky or Threads, by network.
ELSEWHERE_URLS = {
    "bluesky": "https://bsky.app/profile/{}",
    "threads": "https://www.threads.net/@{}",
}


def bluesky_handle(handle: Handle) -> str | None:
    """The Bluesky handle behind a Bridgy Fed address, if it is one."""
    if handle.host == BRIDGY_BLUESKY and "." in handle.user:
        return handle.user.lower()
    return None


def threads_name(handle: Handle) -> str | None:
    """The Threads username of a Threads address, if it is one."""
    return handle.user if handle.host == THREADS else None


@dataclass(frozen=True, slots=True)
class WebUrl:
    """A published web address as every reader of one sees it."""

    url: str  # absolute, look-alikes folded, invisible characters dropped
    host: str  # lowercase, never empty
    parts: SplitResult


def web_url(raw: str) -> WebUrl | None:
    """How a URL someone published is read, by the profile reader and the site reader alike.

    Fullwidth letters fold and invisible characters go (so a disguised profile is still seen
    as one); a URL written without a scheme is HTTPS. None for a cut one (Twitter ends cut
    display text with "…"), one that is not http(s), or one without a host.
    """
    url = unicodedata.normalize("NFKC", raw).translate(_INVISIBLE).strip()
    if not url or url.endswith(("...", _ELLIPSIS)):
        return None
    if "://" not in url:
        url = "https://" + url
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not host:
        return None
    return WebUrl(url, host, parts)


def in_url(raw: str) -> Found | None:
    """The address a profile or post URL points to, if it is one."""
    web = web_url(raw)
    if web is None:
        return None
    url, host, parts = web.url, web.host, web.parts
    segments = [unquote(s) for s in parts.path.split("/") if s]
    if segments and segments[0] in ("web", "deck"):
        segments = segments[1:]
    if not segments:
        return None
    first = segments[0]
    if host in _BLUESKY_APP:
        if first == "profile" and len(segments) >= 2:
            return _bluesky(segments[1], url)
        return None
    if first.startswith("@") and len(first) > 1:
        user, _, other = first[1:].partition("@")
        return _make(user, other or host, Form.PROFILE_URL, url)
    if len(segments) >= 2 and first in ("users", "profile", "c", "a", "u"):
        if segments[1].isdigit() or (first == "u" and not host_in(host, KNOWN_FEDIVERSE)):
            return None
        return _make(segments[1], host, Form.PATH_URL, url)
    return None


def _expand_tco(text: str, urls: Sequence[str]) -> str:
    """Put the expanded URLs back where Twitter wrote t.co links, when they pair up one to one.

    Otherwise t.co links are dropped: their target is unknown, and a `@user@` glued to one is
    a domain Twitter's auto-linking swallowed.
    """
    if "t.co/" not in text:
        return text
    links = _TCO.findall(text)
    if links and len(links) == len(urls):
        expanded = iter(urls)
        return _TCO.sub(lambda _m: next(expanded), text)
    return _TCO.sub(" ", text)


# Every address needs one of these (after NFKC, ＠ ﹫ ／ become @ and /): most texts have none.
_MAY_HOLD_ADDRESS = re.compile(r"[@/＠﹫／\[({<\U0001f98b]|bsky|bluesky", re.IGNORECASE)


def in_text(text: str, urls: Sequence[str] = ()) -> list[Found]:
    """Every address in `text` (and its entities' expanded `urls`), in order, without repeats."""
    if not urls and not _MAY_HOLD_ADDRESS.search(text):
        return []
    folded = _fold(_expand_tco(text, urls))
    found = _found_in(folded)
    unwritten = _unwrite(folded)
    if unwritten != folded:
        # Written-out forms are read as well as, not instead of, what was written plainly:
        # rewriting "[@]" next to a real address must not hide it.
        found += _found_in(unwritten)
    in_entities = (i for url in urls if (i := in_url(url)))
    return _unique(found + list(in_entities))


def _found_in(text: str) -> list[Found]:
    """Profile URLs and addresses in one normalised text, in the order they stand."""
    text = _MAILTO.sub(" ", text)
    found: list[tuple[int, Found]] = []
    spans: list[tuple[int, int]] = []
    for match in _URL.finditer(text) if "/" in text else ():
        spans.append(match.span())
        if text[match.end() : match.end() + 1] == _ELLIPSIS:
            continue
        item = in_url(match.group(0).rstrip(".,;:!?"))
        if item:
            found.append((match.start(), item))
    for match in _ADDRESS.finditer(_blank(text, spans) if spans else text) if "@" in text else ():
        form = Form.MENTION if match.group("prefix") else Form.BARE
        item = _make(match.group("user"), match.group("host"), form, match.group(0))
        if item:
            found.append((match.start(), item))
    lowered = text.lower()
    if "bsky" in lowered or "bluesky" in lowered or "\U0001f98b" in text:
        plain = _blank(text, spans) if spans else text
        for pattern in (_BLUESKY_HOSTED, _BLUESKY_MARKED):
            for match in pattern.finditer(plain):
                item = _bluesky(match.group("handle"), match.group(0))
                if item:
                    found.append((match.start(), item))
    found.sort(key=lambda pair: pair[0])
    return [item for _, item in found]


def _blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _unique(found: Iterable[Found]) -> list[Found]:
    """One entry per address, keeping the strongest way it was written."""
    best: dict[str, Found] = {}
    order: list[str] = []
    for item in found:
        key = item.handle.key
        if key not in best:
            order.append(key)
            best[key] = item
        elif item.strong and not best[key].strong:
            best[key] = item
    return [best[key] for key in order]


def addresses(text: str, known_hosts: frozenset[str] = KNOWN_FEDIVERSE) -> list[Handle]:
    """What `extract-handles` prints: meant addresses, and candidates on known servers."""
    return [
        item.handle
        for item in in_text(text)
        if item.strong or host_in(item.handle.host, known_hosts)
    ]
