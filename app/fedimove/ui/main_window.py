"""The main window: for now, what the workspace holds (the guided flow is its own issue)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from fedimove.jobs.base import Job, JobContext
from fedimove.jobs.qt_runner import JobHandle
from fedimove.store import graph, workspace


class _LoadCounts(Job[dict[str, Any]]):
    def run(self, ctx: JobContext) -> dict[str, Any]:
        conn = workspace.connect()
        try:
            counts = graph.counts(conn)
            me = graph.load_me(conn)
        finally:
            conn.close()
        return {"counts": counts, "me": me}


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Fedimove"))
        self.resize(900, 600)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.summary = QLabel(self.tr("Reading your workspace…"), body)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.summary)
        self.setCentralWidget(body)
        self._job = JobHandle(_LoadCounts())
        self._job.signals.succeeded.connect(self._show_counts)
        self._job.start()

    def _show_counts(self, result: dict[str, Any]) -> None:
        counts = result["counts"]
        if not counts.following and not counts.followers:
            self.summary.setText(self.tr("Nothing imported yet: start with your Twitter archive."))
            return
        self.summary.setText(
            self.tr("You follow %n account(s).", "", counts.following)
            + "\n"
            + self.tr("%n account(s) follow you.", "", counts.followers)
        )
