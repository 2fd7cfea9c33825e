"""Start-up of the frozen bundle against the same launcher run from source, in the same run.

Times whole processes, in pairs (frozen, source, frozen, source…) so drift in the machine's
speed hits both sides: `--version`, and the GUI from start to its first window on screen
(offscreen, `FEDIMOVE_QUIT_AFTER_FIRST_WINDOW=1`). Prints medians and the frozen ÷ source
ratio. `--cold` first evicts the files each side reads from the page cache (the bundle folder;
the interpreter's standard library, site-packages and the source tree) with
`posix_fadvise(DONTNEED)`, which needs no privileges and touches no other file.

Run after `python packaging/build.py`:
`python -m tests.bench.bench_startup [--bundle dist/fedimove/fedimove] [--runs 7] [--cold]`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LAUNCHER = ROOT / "packaging" / "launcher.py"


def evict(folders: Iterable[Path]) -> None:
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and not path.is_symlink():
                try:
                    fd = os.open(path, os.O_RDONLY)
                except OSError:
                    continue
                try:
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                finally:
                    os.close(fd)


def timed(command: list[str], env: dict[str, str], cold: Iterable[Path] | None) -> float:
    if cold is not None:
        evict(cold)
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=300)
    return time.perf_counter() - start


def compare(
    name: str,
    frozen: list[str],
    source: list[str],
    env: dict[str, str],
    runs: int,
    cold: dict[str, list[Path]] | None,
) -> None:
    timed(frozen, env, None)  # warm-up: the first run of each side creates the workspace
    timed(source, env, None)
    pairs = [
        (
            timed(frozen, env, cold["frozen"] if cold else None),
            timed(source, env, cold["source"] if cold else None),
        )
        for _ in range(runs)
    ]
    frozen_s = statistics.median(a for a, _ in pairs)
    source_s = statistics.median(b for _, b in pairs)
    ratio = statistics.median(a / b for a, b in pairs)
    print(
        f"{name:<22} frozen {frozen_s:6.3f} s   source {source_s:6.3f} s   "
        f"frozen/source {ratio:.2f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "fedimove" / "fedimove")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cold", action="store_true", help="evict both sides' files first")
    args = parser.parse_args()
    if not args.bundle.is_file():
        print(f"no bundle at {args.bundle}: run python packaging/build.py first", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as workspace:
        env = {
            **os.environ,
            "FEDIMOVE_DATA_DIR": workspace,
            "QT_QPA_PLATFORM": "offscreen",
        }
        cold = None
        if args.cold:
            stdlib = Path(sysconfig.get_paths()["stdlib"])
            site = Path(sysconfig.get_paths()["purelib"])
            cold = {"frozen": [args.bundle.parent], "source": [stdlib, site, ROOT / "app"]}
        frozen, source = [str(args.bundle)], [sys.executable, str(LAUNCHER)]
        label = "cold" if args.cold else "warm"
        compare(f"--version ({label})", [*frozen, "--version"], [*source, "--version"], env,
                args.runs, cold)  # fmt: skip
        gui_env = {**env, "FEDIMOVE_QUIT_AFTER_FIRST_WINDOW": "1"}
        compare(f"first window ({label})", frozen, source, gui_env, args.runs, cold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
