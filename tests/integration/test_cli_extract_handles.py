"""`fedimove extract-handles` reads lines on stdin and prints the addresses of each."""

from __future__ import annotations

import json
import subprocess
import sys

LINES = (
    "Hi @Alice@Piaille.FR and https://mastodon.social/@bob\nalice@gmail.com\n\n＠ｅｖｅ＠mas.to\n"
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fedimove", "extract-handles", *args],
        input=LINES,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_text_output_one_line_per_input_line() -> None:
    result = run()
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:4] == [
        "Alice@piaille.fr bob@mastodon.social",
        "",
        "",
        "eve@mas.to",
    ]


def test_json_output() -> None:
    result = run("--json")
    assert json.loads(result.stdout) == [
        ["Alice@piaille.fr", "bob@mastodon.social"],
        [],
        [],
        ["eve@mas.to"],
    ]


def test_undecodable_bytes_and_crlf_are_read_anyway() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "fedimove", "extract-handles"],
        input=b"\xff\xfe @a@mas.to\r\nplain\r\n",
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().split("\n")[:2] == ["a@mas.to", ""]


def test_bad_instance_is_one_clear_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "fedimove", "mastodon", "login", "--instance", "http://x.example"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "https://" in result.stderr
