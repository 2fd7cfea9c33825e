"""The licences of the Python distributions a bundle ships, for `licenses/` inside it.

A frozen app redistributes its dependencies (Qt under the LGPL, Python under the PSF licence,
requests, keyring…), so their licence texts must travel with it. The list is Fedimove's
runtime dependency closure read from the installed metadata (with the extras the bundle
includes), which is what PyInstaller freezes; each distribution's licence files are copied and
`THIRD-PARTY-NOTICES.txt` names every one with its version and licence.
"""

from __future__ import annotations

import sys
import sysconfig
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

LICENSE_PREFIXES = ("LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS")


def runtime_distributions(
    root: str = "fedimove", extras: frozenset[str] = frozenset()
) -> list[metadata.Distribution]:
    found: dict[str, metadata.Distribution] = {}
    todo = [(root, extras)]
    while todo:
        name, wanted_extras = todo.pop()
        key = canonicalize_name(name)
        if key in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a dependency for another platform
        found[key] = dist
        for text in dist.requires or []:
            requirement = Requirement(text)
            environments = [{"extra": extra} for extra in wanted_extras or {""}]
            if requirement.marker is None or any(
                requirement.marker.evaluate(env) for env in environments
            ):
                todo.append((requirement.name, frozenset(requirement.extras)))
    return sorted(found.values(), key=lambda dist: canonicalize_name(dist.metadata["Name"]))


def license_files(dist: metadata.Distribution) -> list[Path]:
    files = []
    for file in dist.files or []:
        in_dist_info = file.parts[0].endswith(".dist-info")
        named_like_one = file.name.upper().startswith(LICENSE_PREFIXES)
        if in_dist_info and ("licenses" in file.parts or named_like_one):
            files.append(Path(str(dist.locate_file(file))))
    return [path for path in files if path.is_file()]


def license_name(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [
        value.split(" :: ")[-1]
        for value in meta.get_all("Classifier") or []
        if value.startswith("License ::")
    ]
    declared = (meta.get("License") or "").strip().splitlines()
    return "; ".join(classifiers) or (declared[0] if declared else "see its licence files")


def python_license() -> Path | None:
    path = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    return path if path.is_file() else None


def collect(folder: Path, extras: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """Write the notices into `folder`; return PyInstaller `datas` for `licenses/`."""
    folder.mkdir(parents=True, exist_ok=True)
    datas: list[tuple[str, str]] = []
    lines = [
        "Fedimove bundles the following software. Each licence text is in the folder of the",
        "same name next to this file. Qt's own third-party components (and, in bundles with the",
        "x.com browser, Chromium's) are listed at https://doc.qt.io/qt-6/licenses-used-in-qt.html",
        "",
        f"Python {sys.version.split()[0]}: Python Software Foundation License",
    ]
    license_text = python_license()
    if license_text is not None:
        datas.append((str(license_text), "licenses/Python"))
    for dist in runtime_distributions(extras=extras):
        name = dist.metadata["Name"]
        lines.append(f"{name} {dist.version}: {license_name(dist)}")
        datas.extend((str(path), f"licenses/{name}") for path in license_files(dist))
    notices = folder / "THIRD-PARTY-NOTICES.txt"
    notices.write_text("\n".join(lines) + "\n", encoding="utf-8")
    datas.append((str(notices), "licenses"))
    return datas
