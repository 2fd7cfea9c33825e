"""Screenshots for the software centre (AppStream metainfo) and the README, from the real app.

`python packaging/take_screenshots.py` (from the repository root, offscreen) imports a small
generated archive into a throwaway workspace, opens the main window in English and in French,
and writes `resources/screenshots/main-window-<lang>.png` at the 16:9 size software centres
show best. Run it again when the main window changes, and commit the PNGs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "resources" / "screenshots"
SIZE = (1200, 675)


def prepare_workspace(folder: Path) -> None:
    from tests.bench.archive_gen import ArchiveSpec, generate

    archive = generate(folder / "twitter-archive.zip", ArchiveSpec(follows=212, followers=187))
    subprocess.run(
        [sys.executable, "-m", "fedimove", "import-archive", str(archive.path)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FEDIMOVE_DATA_DIR"] = str(Path(tmp) / "workspace")
        prepare_workspace(Path(tmp))

        from PySide6.QtCore import QEventLoop, QTimer

        from fedimove import i18n
        from fedimove.core.overview import Step
        from fedimove.ui.app import create_app
        from fedimove.ui.main_window import MainWindow

        app = create_app()
        SCREENSHOTS.mkdir(exist_ok=True)
        for language in ("en", "fr"):
            i18n.install(language)
            window = MainWindow()
            loaded = QEventLoop()
            window.overview_loaded.connect(loaded.quit)
            QTimer.singleShot(30_000, loaded.quit)
            window.resize(*SIZE)
            window.show()
            loaded.exec()
            window.show_step(int(Step.FOLLOWS))
            app.processEvents()
            target = SCREENSHOTS / f"main-window-{language}.png"
            window.grab().save(str(target))
            print(target.relative_to(ROOT))
            window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
