"""Synthetic Twitter data archives in the real formats, of any size, written as a stream.

    python -m tests.bench.archive_gen OUT.zip --follows 5000 --tweets 300000 --media-mb 250

Used by the archive tests (split parts, the 2018 root layout, damaged inputs), the GUI wizard
and packaging smoke tests (a small archive), and the import benchmark (a big one). The
generated content is realistic in shape: replies and mentions, retweets of followed accounts
with links, DMs, lists, likes, media padding stored uncompressed like real photos. What a
correct import must find is returned as a `GeneratedArchive`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

LAYOUTS = ("2022", "2020", "2018")
_TEXT = (
    "the of and to in is you that it he was for on are as with his they at be this have from "
    "or one had by word but not what all were we when your can said there use an each which "
    "she do how their if will up other about out many then them these so some her would make "
    "mastodon fediverse toot café naïve señor 東京 ünïcödé"
)
_WORDS = _TEXT.split(" ")
_INSTANCES = ("mastodon.social", "hachyderm.io", "fosstodon.org", "mamot.fr", "piaille.fr")


@dataclass
class ArchiveSpec:
    follows: int = 40
    followers: int = 30
    tweets: int = 120
    blocks: int = 3
    mutes: int = 2
    lists_created: int = 2
    lists_member: int = 3
    lists_subscribed: int = 1
    dm_conversations: int = 4
    likes: int = 10
    media_files: int = 0
    media_bytes_each: int = 100_000
    tweet_parts: int = 1
    layout: str = "2022"
    folder: bool = False
    seed: int = 1


@dataclass
class GeneratedArchive:
    """What the archive holds, as a correct import must report it."""

    path: Path
    me_id: str
    me_username: str
    me_display_name: str
    following: list[str] = field(default_factory=list)
    followers: list[str] = field(default_factory=list)
    blocks: list[str] = field(default_factory=list)
    mutes: list[str] = field(default_factory=list)
    list_urls: dict[str, list[str]] = field(default_factory=dict)
    usernames: dict[str, str] = field(default_factory=dict)
    retweet_texts: dict[str, set[str]] = field(default_factory=dict)
    dm_texts: dict[str, set[str]] = field(default_factory=dict)
    tweets: int = 0
    likes: int = 0
    members: dict[str, str] = field(default_factory=dict)

    @property
    def list_count(self) -> int:
        """Lists made or followed by the user (those they are on count apart)."""
        return sum(len(urls) for relation, urls in self.list_urls.items() if relation != "member")


def username_for(account_id: str) -> str:
    return f"user_{int(account_id) % 10**9:x}"


class _Writer:
    """Writes members into a ZIP (streamed, zip64) or a folder."""

    def __init__(self, out: Path, folder: bool) -> None:
        self.out, self.folder = out, folder
        self._zip = None if folder else zipfile.ZipFile(out, "w", compresslevel=6)

    def member(self, name: str, chunks: Iterable[bytes], stored: bool = False) -> None:
        if self._zip is None:
            path = self.out / name
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("wb") as handle:
                self._copy(chunks, handle)
            return
        info = zipfile.ZipInfo(name, date_time=(2023, 8, 20, 11, 6, 14))
        info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        with self._zip.open(info, "w", force_zip64=True) as handle:
            self._copy(chunks, handle)

    @staticmethod
    def _copy(chunks: Iterable[bytes], handle: BinaryIO) -> None:
        for chunk in chunks:
            handle.write(chunk)

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()


class _Generator:
    def __init__(self, spec: ArchiveSpec, out: Path) -> None:
        self.spec = spec
        self.rng = random.Random(spec.seed)
        self.modern = spec.layout != "2018"
        self.folder_prefix = "data/" if self.modern else ""
        me_id = str(10**9 + spec.seed)
        self.result = GeneratedArchive(out, me_id, f"me_{spec.seed}", "Moi Même ✨")
        self.next_id = 10**12 + spec.seed * 10**7
        self.strangers = [self._new_id() for _ in range(max(20, spec.follows // 5))]

    def _new_id(self) -> str:
        self.next_id += self.rng.randint(1, 997)
        return str(self.next_id)

    def text(self, words: int) -> str:
        return " ".join(self.rng.choice(_WORDS) for _ in range(words))

    # formatting ------------------------------------------------------------------------
    def ytd(self, name: str, part: int, items: Iterable[Any]) -> Iterator[bytes]:
        """`window.YTD.<name>.partN = [...]` in the layout's own pretty-printing."""
        head = f"window.YTD.{name}.part{part} = ["
        batch: list[str] = []
        first = True
        compact = self.spec.layout != "2022"
        for item in items:
            text = json.dumps(item, indent=2, separators=(",", " : "), ensure_ascii=False)
            if compact:
                batch.append((" " if first else ", ") + text)
            else:
                indented = "\n".join("  " + line for line in text.split("\n"))
                batch.append(("\n" if first else ",\n") + indented)
            first = False
            if len(batch) >= 500:
                yield (head + "".join(batch)).encode()
                head, batch = "", []
        closing = {(True, True): "]", (True, False): " ]", (False, True): " ]"}
        tail = closing.get((first, compact), "\n]")
        yield (head + "".join(batch) + tail).encode()

    def data_file(self, stem: str, part: int = 0) -> tuple[str, str]:
        suffix = f"-part{part}" if part else ""
        name = f"{self.folder_prefix}{stem}{suffix}.js"
        self.result.members[f"{stem}{suffix}"] = name
        return name, stem.replace("-", "_")

    # content ---------------------------------------------------------------------------
    def edge(self, wrapper: str, account: str) -> dict[str, Any]:
        entry = {"accountId": account}
        if self.modern:
            entry["userLink"] = f"https://twitter.com/intent/user?user_id={account}"
        return {wrapper: entry}

    def mention(self, account: str, start: int) -> dict[str, Any]:
        name = username_for(account)
        self.result.usernames.setdefault(account, name)
        return {
            "name": f"Person {name[-4:]} Ünï",
            "screen_name": name,
            "indices": [str(start), str(start + len(name) + 1)],
            "id_str": account,
            "id": account,
        }

    def someone(self) -> str:
        pool = self.result.following if self.rng.random() < 0.7 else self.strangers
        return self.rng.choice(pool or self.strangers)

    def tweet(self, index: int) -> dict[str, Any]:
        rng = self.rng
        tweet_id = str(1_600_000_000_000_000_000 - index * 7919)
        roll = rng.random()
        mentions, urls = [], []
        reply_to = None
        if roll < 0.25:
            author = self.someone()
            link = f"https://{rng.choice(_INSTANCES)}/@{username_for(author)}"
            body = f"{self.text(rng.randint(5, 14))} https://t.co/{index:x}"
            full_text = f"RT @{username_for(author)}: {body}"
            mentions.append(self.mention(author, 3))
            urls.append(
                {
                    "url": f"https://t.co/{index:x}",
                    "expanded_url": link,
                    "display_url": link[8:30],
                    "indices": ["0", "23"],
                }
            )
            if author in self.following_set:
                self.result.retweet_texts.setdefault(author, set()).add(body)
        elif roll < 0.65:
            reply_to = self.someone()
            full_text = f"@{username_for(reply_to)} {self.text(rng.randint(4, 25))}"
            mentions.append(self.mention(reply_to, 0))
        else:
            full_text = self.text(rng.randint(5, 30))
            if rng.random() < 0.3:
                other = self.someone()
                mentions.append(self.mention(other, len(full_text) + 1))
                full_text += f" @{username_for(other)}"
        tweet: dict[str, Any] = {
            "edit_info": {
                "initial": {
                    "editTweetIds": [tweet_id],
                    "editableUntil": "2022-11-01T10:00:00.000Z",
                    "editsRemaining": "5",
                    "isEditEligible": True,
                }
            },
            "retweeted": False,
            "source": '<a href="http://twitter.com/download/android" rel="nofollow">Twitter '
            "for Android</a>",
            "entities": {
                "hashtags": [],
                "symbols": [],
                "user_mentions": mentions,
                "urls": urls,
            },
            "display_text_range": ["0", str(len(full_text))],
            "favorite_count": str(rng.randint(0, 50)),
            "id_str": tweet_id,
            "truncated": False,
            "retweet_count": "0",
            "id": tweet_id,
            "possibly_sensitive": False,
            "created_at": "Tue Nov 01 09:00:00 +0000 2022",
            "favorited": False,
            "full_text": full_text,
            "lang": "en",
        }
        if reply_to:
            tweet["in_reply_to_status_id_str"] = str(int(tweet_id) - 12345)
            tweet["in_reply_to_status_id"] = tweet["in_reply_to_status_id_str"]
            tweet["in_reply_to_screen_name"] = username_for(reply_to)
            tweet["in_reply_to_user_id_str"] = reply_to
            tweet["in_reply_to_user_id"] = reply_to
        if rng.random() < 0.15:
            tweet["extended_entities"] = {"media": [self.media(tweet_id)]}
        return {"tweet": tweet} if self.modern else tweet

    def media(self, tweet_id: str) -> dict[str, Any]:
        return {
            "expanded_url": f"https://twitter.com/me/status/{tweet_id}/photo/1",
            "indices": ["10", "33"],
            "url": "https://t.co/abcdefghij",
            "media_url": "http://pbs.twimg.com/media/FgHiJkLmNoPqRsT.jpg",
            "id_str": tweet_id,
            "video_info": {"aspect_ratio": ["16", "9"], "variants": []},
            "id": tweet_id,
            "media_url_https": "https://pbs.twimg.com/media/FgHiJkLmNoPqRsT.jpg",
            "sizes": {
                "thumb": {"w": "150", "h": "150", "resize": "crop"},
                "medium": {"w": "1200", "h": "675", "resize": "fit"},
                "small": {"w": "680", "h": "383", "resize": "fit"},
                "large": {"w": "1280", "h": "720", "resize": "fit"},
            },
            "type": "photo",
            "display_url": "pic.twitter.com/abcdefghij",
        }

    def conversation(self, index: int) -> dict[str, Any]:
        other = self.result.following[index % len(self.result.following)]
        me = self.result.me_id
        messages = []
        for n in range(4):
            sender, recipient = (other, me) if n % 2 == 0 else (me, other)
            handle = f"@{username_for(other)}@{_INSTANCES[n % len(_INSTANCES)]}"
            text = f"{self.text(6)} {handle} https://t.co/dm{index}x{n}"
            expanded = f"https://{_INSTANCES[n % len(_INSTANCES)]}/@{username_for(other)}"
            messages.append(
                {
                    "messageCreate": {
                        "recipientId": recipient,
                        "reactions": [],
                        "urls": [
                            {
                                "url": f"https://t.co/dm{index}x{n}",
                                "expanded": expanded,
                                "display": expanded[8:],
                            }
                        ],
                        "text": text,
                        "mediaUrls": [],
                        "senderId": sender,
                        "id": str(10**15 + index * 10 + n),
                        "createdAt": "2022-10-01T10:00:00.000Z",
                    }
                }
            )
            if sender == other:
                self.result.dm_texts.setdefault(other, set()).add(text)
        return {"dmConversation": {"conversationId": f"{me}-{other}", "messages": messages}}

    # assembly --------------------------------------------------------------------------
    def run(self, writer: _Writer) -> GeneratedArchive:
        spec, result = self.spec, self.result
        result.following = [self._new_id() for _ in range(spec.follows)]
        self.following_set = set(result.following)
        result.followers = [self._new_id() for _ in range(spec.followers)]
        result.blocks = [self._new_id() for _ in range(spec.blocks)]
        result.mutes = [self._new_id() for _ in range(spec.mutes)]
        manifest: dict[str, list[dict[str, str]]] = {}

        def put(stem: str, manifest_key: str, items: list[Any] | Iterator[Any], count: int) -> None:
            name, ytd_name = self.data_file(stem)
            writer.member(name, self.ytd(ytd_name, 0, items))
            manifest[manifest_key] = [
                {"fileName": name, "globalName": f"YTD.{ytd_name}.part0", "count": str(count)}
            ]

        account = {
            "email": "me@example.invalid",
            "createdVia": "web",
            "username": result.me_username,
            "accountId": result.me_id,
            "createdAt": "2010-01-01T00:00:00.000Z",
            "accountDisplayName": result.me_display_name,
        }
        put("account", "account", [{"account": account}], 1)
        profile = {
            "description": {"bio": "Bio @me@mamot.fr", "website": "", "location": "Paris"},
            "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1/a.jpg",
        }
        put("profile", "profile", [{"profile": profile}], 1)
        for stem, wrapper, ids in (
            ("following", "following", result.following),
            ("follower", "follower", result.followers),
            ("block", "blocking", result.blocks),
            ("mute", "muting", result.mutes),
        ):
            put(stem, stem, [self.edge(wrapper, i) for i in ids], len(ids))
        for relation, count, key in (
            ("created", spec.lists_created, "listsCreated"),
            ("member", spec.lists_member, "listsMember"),
            ("subscribed", spec.lists_subscribed, "listsSubscribed"),
        ):
            urls = [self.list_url(relation, n) for n in range(count)]
            result.list_urls[relation] = urls
            if self.modern:
                items = [{"userListInfo": {"url": url}} for url in urls]
            else:
                items = [{"userListInfo": {"urls": urls}}]
            put(f"lists-{relation}", key, items, count)
        self.write_tweets(writer, manifest)
        talks = spec.dm_conversations if result.following else 0
        conversations = [self.conversation(n) for n in range(talks)]
        stem = "direct-messages" if self.modern else "direct-message"
        put(stem, "directMessages", conversations, len(conversations))
        likes = (
            {"like": {"tweetId": str(n), "fullText": self.text(8), "expandedUrl": "https://x"}}
            for n in range(spec.likes)
        )
        put("like", "like", likes, spec.likes)
        result.likes = spec.likes
        self.write_media(writer)
        if self.modern:
            writer.member(f"{self.folder_prefix}manifest.js", [self.manifest(manifest)])
        return result

    def list_url(self, relation: str, n: int) -> str:
        if relation == "created":
            return f"https://twitter.com/{self.result.me_username}/lists/my-list-{n}"
        if n % 2:
            return f"https://twitter.com/{username_for(self.someone())}/lists/{10**17 + n}"
        return f"https://twitter.com/{username_for(self.someone())}/lists/liste-n°{n}"

    def write_tweets(self, writer: _Writer, manifest: dict[str, list[dict[str, str]]]) -> None:
        spec = self.spec
        stem = "tweets" if spec.layout == "2022" else "tweet"
        parts = max(1, spec.tweet_parts)
        per_part = -(-spec.tweets // parts) if spec.tweets else 0
        files = []
        for part in range(parts):
            start = part * per_part
            count = max(0, min(per_part, spec.tweets - start))
            name, ytd_name = self.data_file(stem, part)
            tweets = (self.tweet(start + n) for n in range(count))
            writer.member(name, self.ytd(ytd_name, part, tweets))
            files.append(
                {"fileName": name, "globalName": f"YTD.{ytd_name}.part{part}", "count": str(count)}
            )
        self.result.tweets = spec.tweets
        manifest[stem] = files

    def write_media(self, writer: _Writer) -> None:
        spec = self.spec
        for n in range(spec.media_files):
            name = f"{self.folder_prefix}tweets_media/{10**18 + n}-FgHiJkLmNoPq.jpg"
            writer.member(name, [os.urandom(spec.media_bytes_each)], stored=True)

    def manifest(self, data_types: dict[str, list[dict[str, str]]]) -> bytes:
        config = {
            "userInfo": {
                "accountId": self.result.me_id,
                "userName": self.result.me_username,
                "displayName": self.result.me_display_name,
            },
            "archiveInfo": {"generationDate": "2023-08-20T11:06:14.174Z"},
            "dataTypes": {key: {"files": files} for key, files in data_types.items()},
        }
        text = json.dumps(config, indent=2, separators=(",", " : "), ensure_ascii=False)
        return f"window.__THAR_CONFIG = {text}".encode()


def generate(
    out: Path | str, spec: ArchiveSpec | None = None, **overrides: Any
) -> GeneratedArchive:
    """Write an archive to `out` (a ZIP, or a folder with `folder=True`) and describe it."""
    spec = spec or ArchiveSpec()
    for key, value in overrides.items():
        setattr(spec, key, value)
    if spec.layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {LAYOUTS}")
    out = Path(out)
    writer = _Writer(out, spec.folder)
    try:
        return _Generator(spec, out).run(writer)
    finally:
        writer.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the ZIP (or folder, with --folder) to write")
    parser.add_argument("--follows", type=int, default=40)
    parser.add_argument("--followers", type=int, default=30)
    parser.add_argument("--tweets", type=int, default=120)
    parser.add_argument("--parts", type=int, default=1, help="split tweets into N parts")
    parser.add_argument("--layout", choices=LAYOUTS, default="2022")
    parser.add_argument("--media-mb", type=int, default=0, help="uncompressible media padding")
    parser.add_argument("--folder", action="store_true", help="write the unzipped folder")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    spec = ArchiveSpec(
        follows=args.follows,
        followers=args.followers,
        tweets=args.tweets,
        tweet_parts=args.parts,
        layout=args.layout,
        media_files=args.media_mb * 10,
        folder=args.folder,
        seed=args.seed,
    )
    result = generate(args.out, spec)
    print(
        f"{result.path}: {len(result.following)} follows, {result.tweets} tweets, "
        f"{len(result.usernames)} usernames to recover"
    )


if __name__ == "__main__":
    main()
