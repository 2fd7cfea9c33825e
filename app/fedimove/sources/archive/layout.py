"""Finding the data files in whichever archive layout Twitter shipped.

- 2019 onwards: `data/<type>.js`, split as `data/<type>-part1.js`…, all named by
  `data/manifest.js` (`window.__THAR_CONFIG`), with the owner in `userInfo`;
- 2018: the same `.js` files at the root, with neither `data/` nor a manifest;
- 2013 "Grailbird": monthly `data/js/tweets/YYYY_MM.js` and no follows at all.

The archive may sit one folder down inside the ZIP (people re-zip the unzipped folder), so the
shallowest place that looks like an archive root wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from fedimove.core.archive_errors import ArchiveBadRecord, ArchiveUnsafeName, NotATwitterArchive
from fedimove.core.graph import Me
from fedimove.sources.archive.container import Container, is_unsafe_name
from fedimove.sources.archive.ytd import read_value, ytd_prefix

MANIFEST = "data/manifest.js"
_MANIFEST_PREFIX = re.compile(r"window\.__THAR_CONFIG")
_GRAILBIRD_USER = "data/js/user_details.js"
_GRAILBIRD_TWEETS = re.compile(r"data/js/tweets/\d{4}_\d{2}\.js")
_PART = re.compile(r"-part(\d+)\.js$")


class LayoutKind(StrEnum):
    MANIFEST = "manifest"
    DATA_FOLDER = "data-folder"
    ROOT = "root-2018"
    GRAILBIRD = "grailbird-2013"


@dataclass(frozen=True, slots=True)
class DataType:
    """One kind of data file, under every name Twitter gave it over the years."""

    key: str
    stems: tuple[str, ...]
    manifest_keys: tuple[str, ...]
    ytd_names: tuple[str, ...]

    @property
    def prefix(self) -> re.Pattern[str]:
        return ytd_prefix(*self.ytd_names)


def _type(key: str, stems: tuple[str, ...], manifest: tuple[str, ...]) -> DataType:
    return DataType(key, stems, manifest, tuple(s.replace("-", "_") for s in stems))


ACCOUNT = _type("account", ("account",), ("account",))
PROFILE = _type("profile", ("profile",), ("profile",))
FOLLOWING = _type("following", ("following",), ("following",))
FOLLOWER = _type("follower", ("follower",), ("follower",))
BLOCK = _type("block", ("block",), ("block",))
MUTE = _type("mute", ("mute",), ("mute",))
LISTS_CREATED = _type("lists_created", ("lists-created",), ("listsCreated",))
LISTS_MEMBER = _type("lists_member", ("lists-member",), ("listsMember",))
LISTS_SUBSCRIBED = _type("lists_subscribed", ("lists-subscribed",), ("listsSubscribed",))
TWEETS = _type("tweets", ("tweets", "tweet"), ("tweets", "tweet"))
DIRECT_MESSAGES = _type(
    "direct_messages", ("direct-messages", "direct-message"), ("directMessages",)
)
DIRECT_MESSAGES_GROUP = _type(
    "direct_messages_group",
    ("direct-messages-group", "direct-message-group"),
    ("directMessagesGroup",),
)
LIKE = _type("like", ("like",), ("like",))
DATA_TYPES = (
    ACCOUNT,
    PROFILE,
    FOLLOWING,
    FOLLOWER,
    BLOCK,
    MUTE,
    LISTS_CREATED,
    LISTS_MEMBER,
    LISTS_SUBSCRIBED,
    TWEETS,
    DIRECT_MESSAGES,
    DIRECT_MESSAGES_GROUP,
    LIKE,
)
_MARKERS = {f"{stem}.js" for t in DATA_TYPES for stem in t.stems} | {"manifest.js"}


@dataclass(slots=True)
class Layout:
    """Where each data type's parts are, in order, and how many items the manifest lists."""

    kind: LayoutKind
    root: str
    parts: dict[str, list[str]] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    manifest_user: Me | None = None
    member_counts: dict[str, int] = field(default_factory=dict)
    grailbird_tweets: list[str] = field(default_factory=list)
    grailbird_user: str | None = None

    def files(self, data_type: DataType) -> list[str]:
        return self.parts.get(data_type.key, [])


def _root_of(name: str) -> tuple[str, LayoutKind] | None:
    folder, _, base = name.rpartition("/")
    folder = folder + "/" if folder else ""
    if name.endswith(_GRAILBIRD_USER):
        return name[: -len(_GRAILBIRD_USER)], LayoutKind.GRAILBIRD
    if base not in _MARKERS and not _PART.search(base):
        return None
    if folder == "data/" or folder.endswith("/data/"):
        kind = LayoutKind.MANIFEST if base == "manifest.js" else LayoutKind.DATA_FOLDER
        return folder[: -len("data/")], kind
    if base == "manifest.js" or folder.endswith("/js/") or "/js/" in folder:
        return None
    return folder, LayoutKind.ROOT


def _rank(candidate: tuple[str, LayoutKind]) -> tuple[int, int]:
    root, kind = candidate
    order = (LayoutKind.MANIFEST, LayoutKind.DATA_FOLDER, LayoutKind.ROOT, LayoutKind.GRAILBIRD)
    return root.count("/"), order.index(kind)


def detect(container: Container) -> Layout:
    names = container.names()
    candidates = [c for c in map(_root_of, names) if c is not None]
    if not candidates:
        raise NotATwitterArchive(container.location, path=container.location)
    root, kind = min(candidates, key=_rank)
    present = set(names)
    if kind is LayoutKind.GRAILBIRD:
        tweets = sorted(
            (
                n
                for n in names
                if n.startswith(root) and _GRAILBIRD_TWEETS.fullmatch(n[len(root) :])
            ),
            reverse=True,
        )
        return Layout(kind, root, grailbird_tweets=tweets, grailbird_user=root + _GRAILBIRD_USER)
    layout = Layout(kind, root)
    if kind is LayoutKind.MANIFEST:
        _read_manifest(container, layout, present)
    folder = root if kind is LayoutKind.ROOT else root + "data/"
    for data_type in DATA_TYPES:
        if data_type.key not in layout.parts:
            found = _glob_parts(data_type, folder, present)
            if found:
                layout.parts[data_type.key] = found
    return layout


def _glob_parts(data_type: DataType, folder: str, present: set[str]) -> list[str]:
    for stem in data_type.stems:
        first = f"{folder}{stem}.js"
        split = re.compile(re.escape(f"{folder}{stem}") + r"-part(\d+)\.js")
        numbered = sorted(
            (int(m.group(1)), n) for n in present if (m := split.fullmatch(n)) is not None
        )
        found = ([first] if first in present else []) + [n for _, n in numbered]
        if found:
            return found
    return []


def _read_manifest(container: Container, layout: Layout, present: set[str]) -> None:
    name = layout.root + MANIFEST
    with container.open(name) as stream:
        manifest = read_value(stream, _MANIFEST_PREFIX, container.limits)
    if not isinstance(manifest, dict):
        raise ArchiveBadRecord("the manifest is not an object", member=name, index=1)
    layout.manifest_user = _manifest_user(manifest.get("userInfo"))
    data_types = manifest.get("dataTypes")
    if not isinstance(data_types, dict):
        return
    for data_type in DATA_TYPES:
        entries = _manifest_files(data_types, data_type, name)
        if entries is None:
            continue
        files = []
        for file_name, file_count in entries:
            if is_unsafe_name(file_name):
                raise ArchiveUnsafeName(file_name, member=file_name)
            member = layout.root + file_name
            if member in present:
                files.append(member)
                layout.member_counts[member] = file_count
            else:
                layout.missing.append(file_name)
        layout.parts[data_type.key] = files


def _manifest_files(
    data_types: dict[str, Any], data_type: DataType, member: str
) -> list[tuple[str, int]] | None:
    for key in data_type.manifest_keys:
        entry = data_types.get(key)
        if entry is None:
            continue
        files = entry.get("files") if isinstance(entry, dict) else None
        if not isinstance(files, list):
            raise ArchiveBadRecord(f"dataTypes.{key} has no file list", member=member, index=1)
        result = []
        for index, item in enumerate(files):
            file_name = item.get("fileName") if isinstance(item, dict) else None
            if not isinstance(file_name, str):
                raise ArchiveBadRecord(
                    f"dataTypes.{key} names no file", member=member, index=index + 1
                )
            count = str(item.get("count", "0"))
            result.append((file_name, int(count) if count.isdigit() else 0))
        return result
    return None


def _manifest_user(info: object) -> Me | None:
    if not isinstance(info, dict):
        return None
    account_id = str(info.get("accountId", ""))
    if not account_id.isdigit():
        return None
    username = info.get("userName")
    display_name = info.get("displayName")
    return Me(
        account_id,
        username if isinstance(username, str) else None,
        display_name if isinstance(display_name, str) else None,
    )
