"""Every kind of bad archive: exit code 1, one clear line, no traceback, workspace untouched."""

from __future__ import annotations

import base64
import json
import random
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from fedimove.core import archive_errors as errors
from fedimove.jobs.base import JobContext
from fedimove.jobs.import_archive import ImportArchiveJob
from fedimove.sources.archive import ArchiveReader, Limits
from fedimove.sources.archive.recovery import UsernameBook
from tests.bench.archive_gen import generate

FOLLOWING = "data/following.js"
TWEETS = "data/tweets.js"


def rewrite(src: Path, dst: Path, replace: dict[str, bytes] | None = None, **kw: object) -> Path:
    """Copy a ZIP, swapping members' contents, dropping some, adding raw extra members."""
    replace = replace or {}
    drop = kw.get("drop", set())
    extra = kw.get("extra", {})
    stored = kw.get("stored", set())
    with zipfile.ZipFile(src) as old, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename in drop:  # type: ignore[operator]
                continue
            method = zipfile.ZIP_STORED if info.filename in stored else zipfile.ZIP_DEFLATED  # type: ignore[operator]
            new.writestr(info.filename, replace.get(info.filename, old.read(info)), method)
        for name, data in extra.items():  # type: ignore[attr-defined]
            new.writestr(zipfile.ZipInfo(name), data)
    return dst


def member(src: Path, name: str) -> bytes:
    with zipfile.ZipFile(src) as archive:
        return archive.read(name)


def encrypted(src: Path, dst: Path) -> Path:
    """Set the "encrypted" flag on every member, as a password-protected ZIP has it."""
    data = bytearray(src.read_bytes())
    for signature, flag_offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            data[start + flag_offset] |= 0x01
            start += 4
    dst.write_bytes(bytes(data))
    return dst


def bomb(src: Path, dst: Path) -> Path:
    with zipfile.ZipFile(src) as old, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename != TWEETS:
                new.writestr(info.filename, old.read(info))
        with new.open(TWEETS, "w", force_zip64=True) as handle:
            handle.write(b"window.YTD.tweets.part0 = [ ")
            for _ in range(40):
                handle.write(b" " * (1 << 20))
            handle.write(b"]")
    return dst


def damaged(src: Path, dst: Path) -> Path:
    """Flip bytes in the middle of the compressed tweets: CRC or inflate errors."""
    data = bytearray(src.read_bytes())
    with zipfile.ZipFile(src) as archive:
        info = archive.getinfo(TWEETS)
    middle = info.header_offset + 30 + len(info.filename) + info.compress_size // 2
    for offset in range(middle, middle + 64):
        data[offset] ^= 0x5A
    dst.write_bytes(bytes(data))
    return dst


Builder = Callable[[Path, Path], Path]
CASES: dict[str, tuple[Builder, type[errors.ArchiveError]]] = {
    "not a zip": (lambda _s, t: _write(t / "x.zip", b"hello, not a zip" * 100), errors.NotAZip),
    "empty file": (lambda _s, t: _write(t / "x.zip", b""), errors.NotAZip),
    "no such path": (lambda _s, t: t / "nowhere.zip", errors.ArchiveNotFound),
    "truncated zip": (
        lambda s, t: _write(t / "x.zip", s.read_bytes()[: s.stat().st_size // 2]),
        errors.ArchiveTruncated,
    ),
    "encrypted": (lambda s, t: encrypted(s, t / "x.zip"), errors.ArchiveEncrypted),
    "zip bomb": (lambda s, t: bomb(s, t / "x.zip"), errors.ArchiveTooLarge),
    "damaged member": (lambda s, t: damaged(s, t / "x.zip"), errors.ArchiveDamaged),
    "dot-dot member": (
        lambda s, t: rewrite(s, t / "x.zip", extra={"../../evil.js": b"x"}),
        errors.ArchiveUnsafeName,
    ),
    "absolute member": (
        lambda s, t: rewrite(s, t / "x.zip", extra={"/etc/evil.js": b"x"}),
        errors.ArchiveUnsafeName,
    ),
    "not a twitter archive": (
        lambda _s, t: _zip(t / "x.zip", {"holiday/photo.jpg": b"\xff\xd8" * 100}),
        errors.NotATwitterArchive,
    ),
    "every data file missing": (
        lambda s, t: _zip(t / "x.zip", {"data/manifest.js": member(s, "data/manifest.js")}),
        errors.ArchiveMissingData,
    ),
    "wrong window.YTD prefix": (
        lambda s, t: rewrite(
            s,
            t / "x.zip",
            {FOLLOWING: member(s, FOLLOWING).replace(b"YTD.following", b"YTD.follower", 1)},
        ),
        errors.ArchiveBadFile,
    ),
    "truncated json": (
        lambda s, t: rewrite(s, t / "x.zip", {FOLLOWING: member(s, FOLLOWING)[:-300]}),
        errors.ArchiveBadJson,
    ),
    "mistyped json": (
        lambda s, t: rewrite(
            s, t / "x.zip", {FOLLOWING: member(s, FOLLOWING).replace(b'",', b'"', 3)}
        ),
        errors.ArchiveBadJson,
    ),
    "wrong value type": (
        lambda s, t: rewrite(
            s,
            t / "x.zip",
            {FOLLOWING: b'window.YTD.following.part0 = [ {"following": {"accountId": [1]}} ]'},
        ),
        errors.ArchiveBadRecord,
    ),
    "not utf-8": (
        lambda s, t: rewrite(s, t / "x.zip", {FOLLOWING: member(s, FOLLOWING) + b"\xff\xfe"}),
        errors.ArchiveBadJson,
    ),
    "50 MB line of garbage": (
        lambda s, t: rewrite(
            s, t / "x.zip", {TWEETS: b'window.YTD.tweets.part0 = [ {"tweet": "' + garbage_line()}
        ),
        errors.ArchiveBadJson,
    ),
    "50 MB of binary garbage": (
        lambda s, t: rewrite(
            s, t / "x.zip", {TWEETS: random.Random(8).randbytes(50_000_000)}, stored={TWEETS}
        ),
        errors.ArchiveBadJson,
    ),
}


def garbage_line() -> bytes:
    """50 MB on one line that deflates like text, not like a bomb."""
    return base64.b64encode(random.Random(7).randbytes(37_500_000))


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def snapshot(db: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def good_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("good")
    return generate(folder / "good.zip", tweets=400, seed=11).path


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_archive(case: str, good_archive: Path, tmp_path: Path, data_dir: Path) -> None:
    build, error_type = CASES[case]
    ImportArchiveJob(good_archive).run(JobContext())
    before = snapshot(data_dir / "workspace.sqlite3")
    bad = build(good_archive, tmp_path)

    with pytest.raises(error_type) as caught:
        ImportArchiveJob(bad).run(JobContext())
    assert caught.value.code.startswith("archive")

    result = subprocess.run(
        [sys.executable, "-m", "fedimove", "import-archive", str(bad), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("fedimove: ") and len(lines[0]) < 400
    assert result.stdout == ""
    assert snapshot(data_dir / "workspace.sqlite3") == before


def test_limits_cap_members_and_total(good_archive: Path) -> None:
    reader = ArchiveReader(good_archive, Limits(max_member_bytes=5000))
    with reader, pytest.raises(errors.ArchiveTooLarge):
        list(reader.tweets(UsernameBook(), authors=set()))
    with pytest.raises(errors.ArchiveTooLarge):
        ImportArchiveJob(good_archive, limits=Limits(max_total_bytes=20_000)).run(JobContext())


def test_manifest_naming_an_unsafe_path(good_archive: Path, tmp_path: Path) -> None:
    manifest = json.loads(member(good_archive, "data/manifest.js").split(b"=", 1)[1])
    manifest["dataTypes"]["following"]["files"][0]["fileName"] = "../following.js"
    text = b"window.__THAR_CONFIG = " + json.dumps(manifest).encode()
    bad = rewrite(good_archive, tmp_path / "x.zip", {"data/manifest.js": text})
    with pytest.raises(errors.ArchiveUnsafeName):
        ArchiveReader(bad)


def test_folder_with_a_link_leading_outside(tmp_path: Path) -> None:
    archive = generate(tmp_path / "unzipped", folder=True).path
    secret = tmp_path / "secret.js"
    secret.write_text("window.YTD.following.part0 = []")
    (archive / "data" / "following.js").unlink()
    (archive / "data" / "following.js").symlink_to(secret)
    with pytest.raises(errors.ArchiveUnsafeName):
        ImportArchiveJob(archive).run(JobContext())


def test_backslash_dot_dot_member_name(good_archive: Path, tmp_path: Path) -> None:
    bad = rewrite(good_archive, tmp_path / "x.zip", extra={"data\\..\\..\\evil.js": b"x"})
    with pytest.raises(errors.ArchiveUnsafeName):
        ArchiveReader(bad)
