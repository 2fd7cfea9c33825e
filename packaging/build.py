"""Build the one-folder app with PyInstaller and pack it for download.

`python packaging/build.py` (with the Python environment whose packages should be bundled, and
PyInstaller installed: `pip install '.[packaging]'`) leaves in `dist/`:
- `dist/fedimove/` (Linux, Windows) or `dist/Fedimove.app` (macOS): the app;
- `dist/fedimove-<version>-<platform>-<arch>.tar.gz` (Linux) or `.zip`: the download.

The project is first installed into `build/stage` exactly as a wheel would install it, so the
bundle holds what `pip install .` ships and nothing from the working tree by accident.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"
STAGE = BUILD / "stage"


def run(*command: str | Path, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], check=True, cwd=ROOT, env=env)


def stage() -> None:
    shutil.rmtree(STAGE, ignore_errors=True)
    run(
        sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-compile",
        "--target", STAGE, ROOT,
    )  # fmt: skip


def freeze(with_xweb: bool) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(STAGE),
        "FEDIMOVE_BUNDLE_XWEB": "1" if with_xweb else "0",
    }
    run(
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", DIST, "--workpath", BUILD / "pyinstaller",
        ROOT / "packaging" / "fedimove.spec",
        env=env,
    )  # fmt: skip


def version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "app" / "fedimove" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def pack() -> Path:
    system = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(
        sys.platform, sys.platform
    )
    base = DIST / f"fedimove-{version()}-{system}-{platform.machine().lower()}"
    if sys.platform == "darwin":
        return Path(shutil.make_archive(str(base), "zip", DIST, "Fedimove.app"))
    if sys.platform == "win32":
        return Path(shutil.make_archive(str(base), "zip", DIST, "fedimove"))
    shutil.copy2(ROOT / "packaging" / "linux" / "install-desktop-entry.sh", DIST / "fedimove")
    archive = base.with_name(base.name + ".tar.gz")
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(DIST / "fedimove", arcname="fedimove")
    return archive


def folder_size(path: Path) -> int:
    return sum(
        entry.stat().st_size
        for entry in path.rglob("*")
        if entry.is_file() and not entry.is_symlink()
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--without-xweb", action="store_true", help="leave the x.com browser (QtWebEngine) out"
    )
    parser.add_argument("--no-archive", action="store_true", help="build the folder only")
    args = parser.parse_args()
    stage()
    freeze(with_xweb=not args.without_xweb)
    app = DIST / ("Fedimove.app" if sys.platform == "darwin" else "fedimove")
    print(f"app: {app} ({folder_size(app) / 1e6:.1f} MB)")
    if not args.no_archive:
        archive = pack()
        print(f"download: {archive} ({archive.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
