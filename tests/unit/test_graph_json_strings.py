"""The texts' URL column must stay byte-for-byte what `json.dumps` wrote before."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from fedimove.store.graph import _json_strings


@given(st.lists(st.text()))
def test_same_text_as_json_dumps(urls: list[str]) -> None:
    assert _json_strings(tuple(urls)) == json.dumps(urls)
