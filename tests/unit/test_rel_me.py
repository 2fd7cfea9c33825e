"""The website reader: rel=me links and text out of any HTML, however broken."""

from __future__ import annotations

import html

from hypothesis import given, settings
from hypothesis import strategies as st

from fedimove.core.handles import Form, Found, Handle, in_url, web_url
from fedimove.core.rel_me import addresses_of, read_page, site_urls

BASE = "https://site.example/about/"


def test_rel_is_a_token_list_and_links_resolve_against_the_page() -> None:
    page = read_page(
        '<link rel="ME" href="/@me"><a rel="nofollow me noopener" href="https://m.example/@a">'
        '<a rel="meh" href="https://x.example/@b"><a rel="me" href="javascript:alert(1)">'
        '<a rel="me" href="mailto:a@b.example"><a href="https://y.example/@c" rel=me>',
        BASE,
    )
    assert page.me_links == (
        "https://site.example/@me",
        "https://m.example/@a",
        "https://y.example/@c",
    )


def test_script_and_style_are_not_text() -> None:
    page = read_page(
        "<style>p{}</style><script>var a='@x@evil.example'</script><p>Hi &amp; bye</p>", BASE
    )
    assert page.text == "Hi & bye"
    assert addresses_of(page) == ([], [])


def test_own_and_mentioned_addresses() -> None:
    page = read_page(
        '<a rel="me" href="https://piaille.fr/@ann">me</a>'
        "<p>with @kim@mas.to and @ann@piaille.fr</p>",
        BASE,
    )
    own, mentioned = addresses_of(page)
    assert [str(f.handle) for f in own] == ["ann@piaille.fr"]
    assert [str(f.handle) for f in mentioned] == ["kim@mas.to"]


def test_site_urls_skip_aggregators_profiles_and_twitter() -> None:
    assert site_urls(
        "anna.example",
        [
            "https://linktr.ee/anna",
            "http://blog.anna.example/",
            "https://mastodon.social/@anna",
            "https://x.com/anna",
            "https://anna.example/",
        ],
    ) == ["https://anna.example/", "http://blog.anna.example/"]


_tokens = st.lists(st.sampled_from(["nofollow", "noopener", "author", "ugc", "external"]))
_paths = st.from_regex(r"/@[a-z]{1,10}", fullmatch=True)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_text_is_read_without_error(text: str) -> None:
    page = read_page(text, BASE)
    assert all(link.startswith(("https://", "http://")) for link in page.me_links)
    assert "  " not in page.text


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(_tokens, _tokens, _paths, st.booleans()), min_size=1, max_size=6),
    st.text(alphabet=st.characters(blacklist_characters="<>&"), max_size=80),
)
def test_every_rel_me_link_is_found_among_noise(
    links: list[tuple[list[str], list[str], str, bool]], noise: str
) -> None:
    markup = [f"<div>{noise}"]
    expected = []
    for before, after, path, is_me in links:
        rel = " ".join([*before, "me", *after] if is_me else [*before, *after])
        markup.append(f'<a rel="{html.escape(rel)}" href="https://h.example{path}">{noise}</a>')
        if is_me:
            expected.append(f"https://h.example{path}")
    page = read_page("".join(markup) + "<p", BASE)
    assert page.me_links == tuple(dict.fromkeys(expected))
    assert " ".join(noise.split()) in page.text


_LABELS = st.from_regex(r"[a-z][a-z0-9]{0,6}", fullmatch=True)
_HOSTS = st.one_of(
    st.lists(_LABELS, min_size=1, max_size=3).map(".".join),
    st.sampled_from(["mastodon.social", "bsky.app", "linktr.ee", "threads.net", "x.com"]),
)
_SEGMENTS = st.one_of(
    _LABELS, st.sampled_from(["@ana", "@ana@other.example", "users", "web", "profile", "123"])
)


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(["", "http://", "https://", "HTTPS://", "ftp://", "//", " "]),
    _HOSTS,
    st.lists(_SEGMENTS, max_size=3).map(lambda s: "/" + "/".join(s) if s else ""),
    st.sampled_from(["", "/", "…", "...", " ", "?q=1"]),
    st.sampled_from(["\u200b", "\u2060", "\ufeff", "\u00ad", "fullwidth"]),
    st.integers(min_value=0, max_value=60),
)
def test_the_profile_reader_and_the_site_reader_read_a_published_url_alike(
    scheme: str, host: str, path: str, tail: str, disguise: str, at: int
) -> None:
    """One reading of a published URL serves both: a URL is a profile or a page, never both;
    what one refuses as no web address the other refuses; disguises change neither."""
    url = scheme + host + path + tail
    sites, profile = site_urls(url, []), in_url(url)
    assert not (sites and profile)
    if sites:
        assert in_url(sites[0]) is None
    if web_url(url) is None:
        assert (sites, profile) == ([], None)
    at = at % (len(url) + 1)
    if disguise == "fullwidth":
        letter = next((i for i in range(at, len(url)) if url[i].isalpha()), None)
        if letter is None:
            return
        disguised = url[:letter] + chr(ord(url[letter]) + 0xFEE0) + url[letter + 1 :]
    else:
        disguised = url[:at] + disguise + url[at:]
    assert site_urls(disguised, []) == sites
    assert _reading(in_url(disguised)) == _reading(profile)


def _reading(found: Found | None) -> tuple[Handle, Form] | None:
    return (found.handle, found.form) if found else None
