"""What a person's own web page says about their fediverse accounts. Pure; no I/O.

A page the Twitter account published is the Twitter side speaking: a `rel="me"` link from it
to a fediverse profile is the person naming their account (the same link Mastodon follows to
verify a profile field), so it is *published* evidence. An address merely written in the
page's text may be anyone's (a friend, a podcast guest): *mentioned* only.

Read with the standard library's forgiving HTML parser; `rel` is a space-separated token list
(`rel="me noopener"`); relative links are resolved against the page's URL (or its `<base>`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from fedimove.core.handle_rules import KNOWN_FEDIVERSE, NOT_FEDIVERSE, host_in
from fedimove.core.handles import Found, in_text, in_url, web_url

MAX_LINKS = 50  # a page with more rel=me links than this is not one person's
_SKIPPED_TEXT = frozenset({"script", "style", "template", "noscript"})


@dataclass(frozen=True, slots=True)
class PageFacts:
    me_links: tuple[str, ...]  # absolute http(s) URLs of `rel="me"` links, in page order
    text: str  # the page's visible text, whitespace squashed


class _Reader(HTMLParser):
    def __init__(self, base: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base = base
        self.me: list[str] = []
        self.words: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): value or "" for name, value in attrs}
        if tag == "base" and values.get("href") and not self.me:
            self.base = urljoin(self.base, values["href"].strip())
        elif tag in ("a", "link") and "me" in values.get("rel", "").lower().split():
            href = values.get("href", "").strip()
            url = urljoin(self.base, href) if href else ""
            if urlsplit(url).scheme in ("http", "https") and len(self.me) < MAX_LINKS:
                self.me.append(url)
        elif tag in _SKIPPED_TEXT:
            self._skipping += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TEXT and self._skipping:
            self._skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.words.append(data)


def read_page(html: str, url: str) -> PageFacts:
    """The rel=me links and the visible text of one HTML page fetched from `url`."""
    reader = _Reader(url)
    try:
        reader.feed(html)
        reader.close()
    except (AssertionError, ValueError):  # the parser gives up on some broken markup
        pass
    me = tuple(dict.fromkeys(reader.me))
    return PageFacts(me, " ".join(" ".join(reader.words).split()))


def addresses_of(facts: PageFacts) -> tuple[list[Found], list[Found]]:
    """(what rel=me links name — the person's own, what the text mentions — maybe not)."""
    own = [found for url in facts.me_links if (found := in_url(url))]
    keys = {f.handle.key for f in own}
    mentioned = [f for f in in_text(facts.text) if f.strong and f.handle.key not in keys]
    return own, mentioned


MAX_SITES = 3  # per account: its website field and the first links of its bio


def site_urls(website: str | None, bio_urls: Iterable[str]) -> list[str]:
    """The pages worth reading for an account: its own sites, not profiles or aggregators.

    Link-in-bio aggregators and other networks (the NOT_FEDIVERSE list: linktr.ee, Instagram,
    Twitter itself…) are skipped, and so is a link that is itself a fediverse profile (it is
    already a candidate). A URL written without a scheme is asked over HTTPS; HTTP only when
    that is what was published.
    """
    urls: list[str] = []
    for raw in (website or "", *bio_urls):
        web = web_url(raw)
        if web is None or "." not in web.host:
            continue
        if host_in(web.host, NOT_FEDIVERSE) or host_in(web.host, KNOWN_FEDIVERSE) or in_url(raw):
            continue
        # one page, one key: `site.example` is `https://site.example/`
        url = web.url if web.parts.path else web.parts._replace(path="/").geturl()
        if url not in urls:
            urls.append(url)
    return urls[:MAX_SITES]
