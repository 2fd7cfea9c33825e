"""GUI tests run with the app's translators installed, in English unless a test switches."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from fedimove import i18n


@pytest.fixture(autouse=True)
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    i18n.install("en")
    yield
    i18n.install("en")
