"""Cutting a big `window.YTD` file into blocks of whole items, without decoding them.

Decoding every tweet of a multi-GB `tweets.js` costs several times what inflating it does, and
the import needs only a few fields of each. So the file is read as bytes and cut just before an
item start (`{ "<wrapper>" : {` — the wrapper key every JSON-era item has, which cannot occur
inside a JSON string); the caller scans each block of whole items with regular expressions and
decodes exactly (`decode_block`) whenever a cheap check says the fast scan may be incomplete.
Files without the wrapper (2018) or not in this shape go back to the item-by-item parser.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from fedimove.core.archive_errors import ArchiveBadJson, ArchiveBadRecord
from fedimove.sources.archive.limits import Limits, human_size
from fedimove.sources.archive.ytd import ByteStream

_HEAD = re.compile(rb"(?:\xef\xbb\xbf)?\s*([\w.]{1,100})\s*=\s*\[\s*")
_WS = re.compile(r"[ \t\n\r]*")


@dataclass(frozen=True, slots=True)
class Block:
    data: bytes
    offset: int
    member: str


class ChainStream:
    """Bytes already read, then the rest of the stream: lets a caller change its mind."""

    def __init__(self, head: bytes, stream: ByteStream) -> None:
        self.name = stream.name
        self._head, self._stream = head, stream

    def read(self, size: int) -> bytes:
        if self._head:
            data, self._head = self._head[:size], self._head[size:]
            return data
        return self._stream.read(size)


class WrappedItems:
    """A `prefix = [ {"<wrapper>": {…}}, … ]` file, as blocks of whole items.

    Check `fast` first: False means the file does not have this shape (or is broken at its
    start), and `rest` must be handed to the item-by-item parser, which reports precisely.
    """

    def __init__(
        self, stream: ByteStream, prefix: re.Pattern[str], wrapper: str, limits: Limits
    ) -> None:
        self._stream, self._limits = stream, limits
        self.member = stream.name
        self._item = re.compile(rb'\{\s*"' + wrapper.encode() + rb'"\s*:\s*\{')
        self._key = b'"' + wrapper.encode() + b'"'
        self._key_re = re.compile(re.escape(self._key) + rb"\s*:\s*\{")
        self._spelled = self._key + b" : {"
        head = stream.read(limits.chunk_bytes)
        self.rest = ChainStream(head, stream)
        match = _HEAD.match(head)
        self.fast = bool(
            match
            and prefix.fullmatch(match.group(1).decode("ascii", "replace"))
            and self._item.match(head, match.end())
        )
        self._start = match.end() if match else 0
        self._head = head

    def blocks(self) -> Iterator[Block]:
        data, offset = self._head[self._start :], self._start
        self._head = b""
        eof = False
        while not eof:
            chunk = self._stream.read(self._limits.chunk_bytes)
            eof = not chunk
            data += chunk
            if eof:
                body = data.rstrip()
                body = body[:-1].rstrip() if body.endswith(b";") else body
                last = body[:-1]
                if not body.endswith(b"]") or not self._whole_last_item(last):
                    raise ArchiveBadJson(
                        "the file ends too early", member=self.member, offset=offset + len(data)
                    )
                yield Block(last, offset, self.member)
                return
            cut = self._last_item_start(data)
            if cut <= 0:
                if len(data) > self._limits.max_item_chars:
                    limit = human_size(self._limits.max_item_chars)
                    raise ArchiveBadJson(
                        f"an entry is longer than {limit}", member=self.member, offset=offset
                    )
                continue
            yield Block(data[:cut], offset, self.member)
            data, offset = data[cut:], offset + cut

    def _whole_last_item(self, data: bytes) -> bool:
        """Whether the file's last item is complete JSON (a cut file ends inside one)."""
        start = self._last_item_start(data)
        try:
            return isinstance(json.loads(data[max(0, start) :]), dict)
        except ValueError:
            return False

    def _last_item_start(self, data: bytes, end: int | None = None) -> int:
        end = len(data) if end is None else end
        while (key := data.rfind(self._key, 0, end)) > 0:
            brace = data.rfind(b"{", 0, key)
            if brace >= 0 and not data[brace + 1 : key].strip() and self._item.match(data, brace):
                return brace
            end = key
        return -1

    def starts_between(self, data: bytes, start: int, end: int) -> bool:
        """Whether an item may start between two positions of a block (two items, then)."""
        return data.find(self._key, start, end) >= 0

    def count(self, block: Block) -> int:
        """Items in a block: cheaply when the wrapper keys are spelled as Twitter spells them.

        A wrapper key followed by `:` and `{` cannot be inside a string, so spelled exactly
        it is counted exactly; other spacing makes the exact count below.
        """
        data = block.data
        return data.count(self._spelled) or len(self._key_re.findall(data))


def decode_block(block: Block) -> Iterator[dict[str, Any]]:
    """Every item of a block, decoded exactly: the slow path, and the precise error messages."""
    try:
        text = block.data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArchiveBadJson("not UTF-8 text", member=block.member, offset=block.offset) from exc
    decoder = json.JSONDecoder()
    pos, index = 0, 0
    while True:
        pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
        if pos >= len(text):
            return
        try:
            item, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            where = block.offset + exc.pos
            raise ArchiveBadJson(exc.msg, member=block.member, offset=where) from exc
        if not isinstance(item, dict):
            raise ArchiveBadRecord("not an object", member=block.member, index=index + 1)
        index += 1
        yield item
        pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
        if pos < len(text):
            if text[pos] != ",":
                raise ArchiveBadJson(
                    "expected “,” between entries", member=block.member, offset=block.offset + pos
                )
            pos += 1
