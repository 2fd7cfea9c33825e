"""The bulk path: Mastodon's own import files, and the report of every followed account.

Mastodon's CSV import is exempt from the 400-a-day follow cap, so a large plan goes faster
through Settings › Import. Files are written whole or not at all (temporary file, then an
atomic rename), so a crash never leaves a half-written file that might be uploaded.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from fedimove.core.export_csv import (
    BLOCKED_FILE,
    FOLLOWING_FILE,
    LISTS_FILE,
    MUTED_FILE,
    REPORT_FILE,
    ReportRow,
    blocked_csv,
    following_csv,
    lists_csv,
    muted_csv,
    report_csv,
)
from fedimove.core.handles import ELSEWHERE_URLS
from fedimove.core.i18n import QT_TRANSLATE_NOOP
from fedimove.core.match_labels import EVIDENCE, SOURCE
from fedimove.core.matching import Evidence
from fedimove.core.moderation import Action, chosen_targets, of_action
from fedimove.core.plan import DEFAULT_MIN_CONFIDENCE
from fedimove.core.relationships import QueueState
from fedimove.i18n import tr
from fedimove.jobs.base import Job, JobContext, Progress
from fedimove.jobs.plan import PlanSummary, build_summary
from fedimove.store import elsewhere, follow_queue, graph, paths, plan_inputs, workspace

IMPORT_PATH = "/settings/imports"


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What was written, and where the user uploads it (None when not signed in).

    `blocked`/`muted` are None when no blocked or muted account was matched surely enough:
    an empty file would only invite a pointless upload."""

    following: Path
    lists: Path
    report: Path
    follow_count: int
    list_rows: int
    report_rows: int
    import_url: str | None
    blocked: Path | None = None
    muted: Path | None = None
    block_count: int = 0
    mute_count: int = 0


class ExportCsvJob(Job[ExportResult]):
    title = QT_TRANSLATE_NOOP("Jobs", "Writing the import files")

    def __init__(
        self,
        directory: Path,
        min_confidence: str = DEFAULT_MIN_CONFIDENCE,
        database: Path | None = None,
    ) -> None:
        self.directory = directory
        self.min_confidence = min_confidence
        self.database = database

    def run(self, ctx: JobContext) -> ExportResult:
        self.directory.mkdir(parents=True, exist_ok=True)
        conn = workspace.connect(self.database or paths.database_path())
        try:
            summary = build_summary(conn, self.min_confidence)
            ctx.checkpoint()
            follows = [(f.address, summary.plan.options) for f in summary.to_send]
            members = [(item.title, a) for item in summary.plan.lists for a in item.addresses]
            rows = report_rows(conn, summary)
            targets = chosen_targets(plan_inputs.moderation_targets(conn), self.min_confidence)
        finally:
            conn.close()
        blocks = [t.address for t in of_action(targets, Action.BLOCK)]
        mutes = [t.address for t in of_action(targets, Action.MUTE)]
        files = [
            (FOLLOWING_FILE, following_csv(follows)),
            (LISTS_FILE, lists_csv(members)),
            (REPORT_FILE, report_csv(rows)),
        ]
        if blocks:
            files.append((BLOCKED_FILE, blocked_csv(blocks)))
        if mutes:
            files.append((MUTED_FILE, muted_csv(mutes)))
        written: dict[str, Path] = {}
        for name, text in files:
            ctx.checkpoint()
            written[name] = write_atomically(self.directory / name, text)
            ctx.progress(Progress(len(written), len(files)))
        home = summary.home
        return ExportResult(
            written[FOLLOWING_FILE],
            written[LISTS_FILE],
            written[REPORT_FILE],
            len(follows),
            len(members),
            len(rows),
            f"{home.instance_url}{IMPORT_PATH}" if home else None,
            written.get(BLOCKED_FILE),
            written.get(MUTED_FILE),
            len(blocks),
            len(mutes),
        )


def report_rows(conn: sqlite3.Connection, summary: PlanSummary) -> list[ReportRow]:
    """One row per followed Twitter account: what happened, or why nothing will."""
    queue = {row.address.lower(): row for row in follow_queue.rows(conn)}
    planned = {f.address.lower(): f for f in (*summary.plan.follows, *summary.plan.already)}
    rows = []
    for key in dict.fromkeys([*planned, *queue]):
        row, follow = queue.get(key), planned.get(key)
        source = follow or row
        if source is None or (follow is None and row and row.state == QueueState.DROPPED):
            continue
        rows.append(
            ReportRow(
                source.twitter_id,
                None,
                source.address,
                source.confidence,
                row.state.value if row else "planned",
                (row.reason or "") if row else "",
            )
        )
    for skip in summary.plan.skipped:
        candidate = skip.candidate
        rows.append(
            ReportRow(
                candidate.twitter_id,
                candidate.twitter_username,
                candidate.address,
                candidate.confidence,
                "skipped",
                skip.reason.value,
            )
        )
    usernames = graph.usernames(conn)
    proofs = plan_inputs.evidence(conn)
    places: dict[str, list[tuple[str, str]]] = {}
    for item in elsewhere.of_followed(conn):
        places.setdefault(item.account_id, []).append((item.network, item.handle))
    return sorted(
        (
            ReportRow(
                r.twitter_id,
                r.twitter_username or usernames.get(r.twitter_id),
                r.address,
                r.confidence,
                r.status,
                r.reason,
                tuple(_evidence_text(e) for e in proofs.get(r.twitter_id, ())),
                " | ".join(_elsewhere_text(*p) for p in places.get(r.twitter_id, ())),
            )
            for r in rows
        ),
        key=lambda r: ((r.twitter_username or "").lower(), r.twitter_id),
    )


def _evidence_text(evidence: Evidence) -> str:
    """One proof in the user's language: what it shows, where it was seen, the text itself."""
    kind = tr("Match", EVIDENCE.get(evidence.kind, evidence.kind))
    source = tr("Match", SOURCE[evidence.source]) if evidence.source in SOURCE else evidence.source
    return f"{kind} ({source}): {evidence.snippet}"


ELSEWHERE_TEXT = {
    "bluesky": QT_TRANSLATE_NOOP("Report", "On Bluesky, not bridged: {url}"),
    "threads": QT_TRANSLATE_NOOP("Report", "On Threads, not shared: {url}"),
}


def _elsewhere_text(network: str, handle: str) -> str:
    """Where to look the account up, since it cannot be followed from the fediverse."""
    url = ELSEWHERE_URLS[network].format(handle)
    return tr("Report", ELSEWHERE_TEXT[network]).format(url=url)


def write_atomically(path: Path, text: str) -> Path:
    """UTF-8, no BOM, replacing any earlier file only once the new one is complete."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


class ReportJob(Job[list[ReportRow]]):
    """The per-account report for the GUI's table: followed, requested, already followed,
    skipped (why), failed (why), planned — one row per account followed on Twitter."""

    title = QT_TRANSLATE_NOOP("Jobs", "Preparing the report")

    def __init__(
        self, min_confidence: str = DEFAULT_MIN_CONFIDENCE, database: Path | None = None
    ) -> None:
        self.min_confidence = min_confidence
        self.database = database

    def run(self, ctx: JobContext) -> list[ReportRow]:
        conn = workspace.connect(self.database or paths.database_path())
        try:
            summary = build_summary(conn, self.min_confidence)
            ctx.checkpoint()
            return report_rows(conn, summary)
        finally:
            conn.close()


def upload_instructions(result: ExportResult) -> list[str]:
    """What to upload where: the same words the GUI shows."""
    where = result.import_url or tr("Export", "your server's Settings › Import and export › Import")
    lines = [
        tr("Export", "Wrote {path} ({count} accounts to follow).").format(
            path=result.following, count=result.follow_count
        ),
        tr("Export", "Wrote {path} ({count} list memberships).").format(
            path=result.lists, count=result.list_rows
        ),
        tr("Export", "Wrote {path} (what happened to each of your {count} accounts).").format(
            path=result.report, count=result.report_rows
        ),
        tr("Export", "To follow everyone without the daily limit, open {where}:").format(
            where=where
        ),
        tr(
            "Export",
            "  1. Import type 'Following list', file {name}, mode 'Merge' (not 'Overwrite', "
            "which would unfollow everyone else).",
        ).format(name=result.following.name),
    ]
    if result.list_rows:
        lines.append(
            tr("Export", "  2. Then import type 'Lists', file {name}, mode 'Merge'.").format(
                name=result.lists.name
            )
        )
    lines.extend(_moderation_lines(result))
    return lines


_WROTE_BLOCKED = QT_TRANSLATE_NOOP("Export", "Wrote {path} ({count} accounts to block).")
_UPLOAD_BLOCKED = QT_TRANSLATE_NOOP(
    "Export", "  Import type 'Blocking list', file {name}, mode 'Merge'."
)
_WROTE_MUTED = QT_TRANSLATE_NOOP("Export", "Wrote {path} ({count} accounts to mute).")
_UPLOAD_MUTED = QT_TRANSLATE_NOOP(
    "Export", "  Import type 'Muting list', file {name}, mode 'Merge'."
)


def _moderation_lines(result: ExportResult) -> list[str]:
    """Where the block and mute files go, when there are any."""
    lines = []
    for path, count, wrote, upload in (
        (result.blocked, result.block_count, _WROTE_BLOCKED, _UPLOAD_BLOCKED),
        (result.muted, result.mute_count, _WROTE_MUTED, _UPLOAD_MUTED),
    ):
        if path is not None:
            lines.append(tr("Export", wrote).format(path=path, count=count))
            lines.append(tr("Export", upload).format(name=path.name))
    return lines
