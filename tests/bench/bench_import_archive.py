"""Benchmark: importing a big archive against merely inflating its data files, and peak memory.

    python -m tests.bench.bench_import_archive [--follows 5000] [--tweets 300000] [--media-mb 250]

Generates (once, cached in /tmp) a 5,000-follow, 300,000-tweet archive padded with stored media
to ~300 MB, then prints, measured in this run: import time ÷ time to inflate the same `data/*.js`
members (target ≤ 1.5), and the import's peak RSS (target ≤ 200 MB), the import running in its
own process so its memory is its own.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from fedimove.sources.archive import ArchiveReader
from tests.bench.archive_gen import ArchiveSpec, generate

_CHILD = """
import json, sys, time
from fedimove.jobs.base import JobContext
from fedimove.jobs.import_archive import ImportArchiveJob
started, cpu = time.perf_counter(), time.process_time()
summary = ImportArchiveJob(sys.argv[1]).run(JobContext())
elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
print(json.dumps({"seconds": elapsed, "cpu": cpu, "tweets": summary.tweets,
                  "resolved": summary.resolved_usernames, "texts": summary.retweet_texts}))
"""


def archive_for(spec: ArchiveSpec) -> Path:
    name = f"fedimove-bench-{spec.follows}f-{spec.tweets}t-{spec.media_files}m.zip"
    path = Path(tempfile.gettempdir()) / name
    if not path.exists():
        started = time.perf_counter()
        partial = path.with_suffix(".partial")
        generate(partial, spec)
        partial.rename(path)
        print(f"generated {path} in {time.perf_counter() - started:.0f} s")
    return path


def inflate_seconds(path: Path) -> tuple[float, float, int]:
    """The floor: inflating every member the import reads, and nothing else (wall, CPU)."""
    with ArchiveReader(path) as reader:
        members = reader.members_to_read()
    started, cpu = time.perf_counter(), time.process_time()
    total = 0
    with zipfile.ZipFile(path) as archive:
        for member in members:
            with archive.open(member) as stream:
                while chunk := stream.read(4 << 20):
                    total += len(chunk)
    return time.perf_counter() - started, time.process_time() - cpu, total


def import_once(path: Path) -> tuple[float, float, int, dict[str, object]]:
    """(job seconds, process seconds, peak RSS bytes, summary) of one import in a child."""
    with tempfile.TemporaryDirectory() as workspace:
        env = {**os.environ, "FEDIMOVE_DATA_DIR": workspace, "QT_QPA_PLATFORM": "offscreen"}
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(path)], env=env, stdout=subprocess.PIPE
        )
        assert child.stdout is not None
        output = child.stdout.read()
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"import failed with exit code {child.returncode}")
    result = json.loads(output)
    return float(result["seconds"]), wall, usage.ru_maxrss * 1024, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--follows", type=int, default=5000)
    parser.add_argument("--tweets", type=int, default=300_000)
    parser.add_argument("--media-mb", type=int, default=250)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    spec = ArchiveSpec(
        follows=args.follows,
        followers=args.follows * 3,
        tweets=args.tweets,
        lists_member=50,
        dm_conversations=300,
        likes=args.tweets // 3,
        media_files=args.media_mb * 10,
        seed=42,
    )
    path = archive_for(spec)
    inflates = [inflate_seconds(path) for _ in range(args.runs)]
    inflate, inflate_cpu = min(i[0] for i in inflates), min(i[1] for i in inflates)
    runs = [import_once(path) for _ in range(args.runs)]
    job, wall, _, result = min(runs, key=lambda run: run[0])
    job_cpu = min(float(run[3]["cpu"]) for run in runs)  # type: ignore[arg-type]
    peak = max(run[2] for run in runs)
    print(
        f"archive: {path.stat().st_size / 1e6:.0f} MB ZIP, "
        f"{inflates[0][2] / 1e6:.0f} MB of data/*.js"
    )
    print(f"import: {result}")
    print(f"inflate only:   {inflate:6.2f} s wall, {inflate_cpu:6.2f} s CPU")
    print(f"import (job):   {job:6.2f} s wall, {job_cpu:6.2f} s CPU")
    print(f"ratio, wall:    {job / inflate:.2f}  (target ≤ 1.5)")
    print(
        f"ratio, CPU:     {job_cpu / inflate_cpu:.2f}  (all threads: steadier on a shared machine)"
    )
    print(f"import (process, with start-up): {wall:6.2f} s   ratio {wall / inflate:.2f}")
    print(f"peak RSS of the import process: {peak / 2**20:.0f} MB  (target ≤ 200 MB)")


if __name__ == "__main__":
    main()
