"""Printing results for people or for scripts (`--json`), the same way in every verb."""

from __future__ import annotations

import json
import sys
from typing import Any


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
    sys.stdout.write("\n")


def print_lines(lines: list[str]) -> None:
    for line in lines:
        print(line)
