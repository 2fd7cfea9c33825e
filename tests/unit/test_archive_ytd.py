"""The streaming `window.YTD.<name>.partN = [...]` parser, on well-formed and hostile input."""

from __future__ import annotations

import contextlib
import io
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fedimove.core.archive_errors import (
    ArchiveBadFile,
    ArchiveBadJson,
    ArchiveBadRecord,
    ArchiveError,
)
from fedimove.sources.archive.limits import Limits
from fedimove.sources.archive.ytd import iter_items, read_value, ytd_prefix

PREFIX = ytd_prefix("tweets", "tweet")


class Stream(io.BytesIO):
    name = "data/tweets.js"


def parse(data: bytes, chunk: int = 7, max_item: int = 1 << 20) -> list[dict[str, Any]]:
    limits = Limits(chunk_bytes=chunk, max_item_chars=max_item)
    return list(iter_items(Stream(data), PREFIX, limits))


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
objects = st.dictionaries(st.text(max_size=10), json_values, max_size=5)
layouts = st.sampled_from(
    [
        {"indent": None, "separators": (",", ":")},
        {"indent": 2, "separators": (",", " : ")},
        {"indent": 1, "separators": (", ", ": "), "ensure_ascii": False},
    ]
)


def render(items: list[dict[str, Any]], style: dict[str, Any], name: str = "tweets") -> bytes:
    body = json.dumps(items, **style)
    return f"window.YTD.{name}.part3 = {body}".encode()


@settings(max_examples=80, deadline=None)
@given(st.lists(objects, max_size=6), layouts, st.integers(1, 40))
def test_any_array_of_objects_comes_back_item_by_item(
    items: list[dict[str, Any]], style: dict[str, Any], chunk: int
) -> None:
    assert parse(render(items, style), chunk) == items


@settings(max_examples=80, deadline=None)
@given(st.lists(objects, min_size=1, max_size=4), layouts, st.data())
def test_a_cut_file_is_always_a_typed_error(
    items: list[dict[str, Any]], style: dict[str, Any], data: st.DataObject
) -> None:
    whole = render(items, style)
    cut = data.draw(st.integers(0, len(whole) - 1))
    with pytest.raises((ArchiveBadJson, ArchiveBadFile)):
        parse(whole[:cut])


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300), st.integers(1, 50))
def test_arbitrary_bytes_give_items_or_a_typed_error(data: bytes, chunk: int) -> None:
    for prefix in (b"", b"window.YTD.tweets.part0 = ["):
        with contextlib.suppress(ArchiveError):
            parse(prefix + data, chunk)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200), st.integers(1, 50))
def test_arbitrary_text_after_the_prefix_gives_items_or_a_typed_error(
    text: str, chunk: int
) -> None:
    with contextlib.suppress(ArchiveError):
        parse(b"window.YTD.tweet.part0 = " + text.encode(), chunk)


@pytest.mark.parametrize(
    "data",
    [
        b"window.YTD.tweets.part0 = []",
        b"window.YTD.tweets.part0 = [ ]",
        b"window.YTD.tweets.part0 = [\n]\n",
        b"window.YTD.tweet.part12 = [];\n",
        b"\xef\xbb\xbfwindow.YTD.tweets.part0=[]",
    ],
)
def test_empty_files_in_every_real_spelling(data: bytes) -> None:
    assert parse(data) == []


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"window.YTD.following.part0 = []", ArchiveBadFile),
        (b"window.YTD.tweets = []", ArchiveBadFile),
        (b"var tweets = []", ArchiveBadFile),
        (b"[]", ArchiveBadFile),
        (b"window.YTD.tweets.part0 = {}", ArchiveBadJson),
        (b"window.YTD.tweets.part0 = [1]", ArchiveBadRecord),
        (b'window.YTD.tweets.part0 = [{"a": 1},]', ArchiveBadJson),
        (b'window.YTD.tweets.part0 = [{"a": 1} {"b": 2}]', ArchiveBadJson),
        (b'window.YTD.tweets.part0 = [{"a": 1}] trailing', ArchiveBadJson),
        (b'window.YTD.tweets.part0 = [{"a": 1}', ArchiveBadJson),
        (b'window.YTD.tweets.part0 = [{"a": "\xff"}]', ArchiveBadJson),
    ],
)
def test_malformed_files(data: bytes, error: type[ArchiveError]) -> None:
    with pytest.raises(error):
        parse(data)


def test_an_overlong_item_is_refused_without_reading_the_rest() -> None:
    read = []

    class Counting(Stream):
        def read(self, size: int = -1) -> bytes:
            data = super().read(size)
            read.append(len(data))
            return data

    garbage = b'window.YTD.tweets.part0 = [{"a": "' + b"x" * 5_000_000 + b'"}]'
    limits = Limits(chunk_bytes=4096, max_item_chars=100_000)
    with pytest.raises(ArchiveBadJson, match="longer"):
        list(iter_items(Counting(garbage), PREFIX, limits))
    assert sum(read) < 1_000_000


def test_items_are_yielded_before_the_file_is_read_to_the_end() -> None:
    items = [{"n": n, "pad": "x" * 100} for n in range(1000)]
    stream = Stream(render(items, {"indent": 2}))
    first = next(iter_items(stream, PREFIX, Limits(chunk_bytes=1024)))
    assert first == items[0]
    assert stream.tell() < 10_000


def test_read_value_of_a_manifest() -> None:
    import re

    data = b'window.__THAR_CONFIG = {\n  "userInfo" : {"accountId" : "1"}\n}'
    value = read_value(Stream(data), re.compile(r"window\.__THAR_CONFIG"), Limits(chunk_bytes=5))
    assert value == {"userInfo": {"accountId": "1"}}
