"""Fetching one account picture, off the GUI thread, through the workspace cache.

A missing or broken avatar is not a failure the user must hear about: the screen keeps the
coloured initial. So every network or format problem gives no picture, logged, never an error;
it only says whether asking again later could help (a server that did not answer, or was
busy) or not (no such picture, or not a picture).
"""

from __future__ import annotations

import logging
from typing import NamedTuple

import requests
from urllib3.exceptions import HTTPError as ReadError

from fedimove.jobs.base import Job, JobContext
from fedimove.net.http import new_session
from fedimove.store import avatar_cache

log = logging.getLogger(__name__)
TIMEOUT = (5.0, 10.0)
BUSY = (429, 500, 502, 503, 504)


class Fetched(NamedTuple):
    url: str
    data: bytes | None  # None: no picture this time
    again: bool = False  # the server did not answer properly: asking later may work


class FetchAvatar(Job[Fetched]):
    """Gives back what it fetched with its URL, so one receiver can take many fetches."""

    title = "avatar"

    def __init__(self, url: str, session: requests.Session | None = None) -> None:
        self.url = url
        self.session = session

    def run(self, ctx: JobContext) -> Fetched:
        kept = avatar_cache.get(self.url)
        if kept is not None:
            return Fetched(self.url, kept)
        if not self.url.startswith(("https://", "http://127.0.0.1")):
            return Fetched(self.url, None)
        session = self.session or new_session(TIMEOUT, pool_size=2)
        try:
            with session.get(self.url, stream=True, timeout=TIMEOUT) as response:
                kind = response.headers.get("Content-Type", "")
                if response.status_code != 200 or not kind.startswith("image/"):
                    return Fetched(self.url, None, again=response.status_code in BUSY)
                data = response.raw.read(avatar_cache.PICTURE_CAP_BYTES + 1, decode_content=True)
        except (requests.RequestException, ReadError) as exc:  # ReadError: cut mid-picture
            log.info("avatar %s not fetched: %s", self.url, type(exc).__name__)
            return Fetched(self.url, None, again=True)
        if len(data) > avatar_cache.PICTURE_CAP_BYTES:
            return Fetched(self.url, None)
        ctx.checkpoint()  # its window closed meanwhile: the workspace may be another's now
        avatar_cache.put(self.url, data)
        return Fetched(self.url, data)
