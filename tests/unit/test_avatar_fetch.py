"""One picture fetch: a connection cut mid-picture is "ask again later", never a failed job."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from fedimove.jobs.avatar_fetch import FetchAvatar
from fedimove.jobs.base import run_sync


@pytest.fixture
def cut_server() -> Iterator[str]:
    """Answers 200 image/png promising 1000 bytes, sends 10, and hangs up."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with conn:
                conn.recv(65536)
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 1000\r\n\r\n"
                    + b"\x89PNG\r\n\x1a\n..",
                )

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/face.png"
    listener.close()


def test_a_picture_cut_off_midway_is_asked_again_later(
    cut_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FEDIMOVE_DATA_DIR", str(tmp_path))
    fetched = run_sync(FetchAvatar(cut_server))
    assert (fetched.data, fetched.again) == (None, True)
