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
