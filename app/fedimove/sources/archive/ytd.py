"""Streaming reader for the archive's JavaScript files: `window.YTD.<name>.partN = [ … ]`.

A `tweets.js` can be gigabytes, so the array is decoded one item at a time from a sliding text
buffer (`json.JSONDecoder.raw_decode` at the current position), reading more of the member
only when an item is cut by the end of the buffer. Memory is bounded by the largest item,
itself capped. Anything that is not exactly "expected prefix, `=`, a JSON array of objects,
end of file" is a typed error naming the member and where it went wrong.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import Any, Protocol

from fedimove.core.archive_errors import ArchiveBadFile, ArchiveBadJson, ArchiveBadRecord
from fedimove.sources.archive.limits import DEFAULT_LIMITS, Limits, human_size

_WS = re.compile(r"[ \t\n\r]*")
_INCOMPLETE_MARGIN = 16


class ByteStream(Protocol):
    name: str

    def read(self, size: int) -> bytes: ...


def ytd_prefix(*names: str) -> re.Pattern[str]:
    """The header a JSON-era file must start with, for any of the given data-type names."""
    alternatives = "|".join(re.escape(name) for name in names)
    return re.compile(rf"window\.YTD\.(?:{alternatives})\.part\d+")


def shown(text: str, width: int = 40) -> str:
    """Untrusted text made safe for a one-line message: printable and short."""
    clean = "".join(c if c.isprintable() else "?" for c in text[:width])
    return clean + ("…" if len(text) > width else "")


class JsText:
    """The decoded text of one member, read on demand into a buffer that slides forward."""

    def __init__(self, stream: ByteStream, limits: Limits = DEFAULT_LIMITS) -> None:
        self._stream = stream
        self.member = stream.name
        self._limits = limits
        self._utf8 = codecs.getincrementaldecoder("utf-8-sig")("strict")
        self._json = json.JSONDecoder()
        self.buf = ""
        self.pos = 0
        self._dropped = 0
        self.eof = False

    @property
    def offset(self) -> int:
        return self._dropped + self.pos

    def bad_json(self, detail: str, offset: int | None = None) -> ArchiveBadJson:
        where = self.offset if offset is None else offset
        return ArchiveBadJson(detail, member=self.member, offset=where)

    def more(self, at_least: int = 0) -> bool:
        """Read at least one more chunk (or `at_least` chars); False at end of member."""
        if self.eof:
            return False
        if self.pos:
            self._dropped += self.pos
            self.buf = self.buf[self.pos :]
            self.pos = 0
        size = max(self._limits.chunk_bytes, at_least)
        data = self._stream.read(size)
        try:
            text = self._utf8.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            where = self._dropped + len(self.buf) + exc.start
            raise self.bad_json("not UTF-8 text", where) from exc
        if not data:
            self.eof = True
        self.buf += text
        return bool(data) or bool(text)

    def skip_ws(self) -> None:
        while True:
            self.pos = _WS.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf) or not self.more():
                return

    def take(self) -> str:
        """The next character, or "" at end of member."""
        if self.pos >= len(self.buf) and not self.more():
            return ""
        char = self.buf[self.pos]
        self.pos += 1
        return char

    def expect(self, char: str, what: str) -> None:
        self.skip_ws()
        found = self.take()
        if found != char:
            raise self.bad_json(f"expected {what}, found {shown(found) or 'the end of the file'}")

    def prefix(self, pattern: re.Pattern[str]) -> str:
        """Consume `<prefix> =` and check the prefix names what this file should hold."""
        limit = self._limits.max_prefix_chars
        while "=" not in self.buf[:limit] and len(self.buf) < limit and self.more():
            pass
        head, sep, _ = self.buf[:limit].partition("=")
        found = head.strip()
        if not sep or not pattern.fullmatch(found):
            raise ArchiveBadFile(f"it starts with “{shown(found or self.buf)}”", member=self.member)
        self.pos = len(head) + 1
        return found

    def value(self) -> Any:
        """Decode the JSON value at the current position, reading more while it is cut off."""
        max_chars = self._limits.max_item_chars
        while True:
            try:
                value, end = self._json.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if self.eof or not self._cut_off(exc):
                    detail = "the file ends too early" if self.eof else exc.msg
                    raise self.bad_json(detail, self._dropped + exc.pos) from exc
            else:
                if end < len(self.buf) or self.eof:
                    self.pos = end
                    return value
            if len(self.buf) - self.pos > max_chars:
                raise self.bad_json(f"an entry is longer than {human_size(max_chars)}")
            self.more(len(self.buf) - self.pos)

    def _cut_off(self, exc: json.JSONDecodeError) -> bool:
        """Whether decoding failed only because the buffer ends inside the value."""
        return exc.msg.startswith("Unterminated string") or exc.pos >= (
            len(self.buf) - _INCOMPLETE_MARGIN
        )

    def end(self) -> None:
        """Only blanks (and the `;` some writers add) may follow the value."""
        self.skip_ws()
        if self.pos < len(self.buf) and self.buf[self.pos] == ";":
            self.pos += 1
            self.skip_ws()
        if self.pos < len(self.buf):
            raise self.bad_json(f"unexpected “{shown(self.buf[self.pos :])}” after the data")


def iter_items(
    stream: ByteStream, prefix: re.Pattern[str], limits: Limits = DEFAULT_LIMITS
) -> Iterator[dict[str, Any]]:
    """Yield each object of a `prefix = [ {…}, {…} ]` file, one at a time."""
    text = JsText(stream, limits)
    text.prefix(prefix)
    text.expect("[", "“[”")
    text.skip_ws()
    if text.pos < len(text.buf) and text.buf[text.pos] == "]":
        text.pos += 1
    else:
        index = 0
        while True:
            text.skip_ws()
            if text.pos >= len(text.buf):
                raise text.bad_json("the file ends too early")
            item = text.value()
            if not isinstance(item, dict):
                raise ArchiveBadRecord(
                    f"{type(item).__name__} instead of an object",
                    member=text.member,
                    index=index + 1,
                )
            yield item
            index += 1
            text.skip_ws()
            separator = text.take()
            if separator == "]":
                break
            if separator != ",":
                found = shown(separator) or "the end of the file"
                raise text.bad_json(f"expected “,” or “]”, found {found}")
    text.end()


def read_value(stream: ByteStream, prefix: re.Pattern[str], limits: Limits = DEFAULT_LIMITS) -> Any:
    """The single JSON value of a small `prefix = value` file (manifest, Grailbird indexes)."""
    text = JsText(stream, limits)
    text.prefix(prefix)
    text.skip_ws()
    if text.pos >= len(text.buf):
        raise text.bad_json("the file ends too early")
    value = text.value()
    text.end()
    return value
