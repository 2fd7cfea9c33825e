"""A page published over HTTPS is never read after a redirect down to plain HTTP."""

from __future__ import annotations

import requests

from fedimove.net.pages import _downgraded


def _answer(*hops: str) -> requests.Response:
    history = []
    for url in hops[:-1]:
        hop = requests.Response()
        hop.url = url
        history.append(hop)
    final = requests.Response()
    final.url, final.history = hops[-1], history
    return final


def test_https_down_to_http_is_refused_anywhere_on_the_way() -> None:
    assert _downgraded("https://a.example/", _answer("https://a.example/", "http://a.example/"))
    assert _downgraded(
        "https://a.example/",
        _answer("https://a.example/", "http://b.example/", "https://c.example/"),
    )
    assert not _downgraded(
        "https://a.example/", _answer("https://a.example/", "https://b.example/")
    )
    assert not _downgraded("http://a.example/", _answer("http://a.example/", "https://a.example/"))
