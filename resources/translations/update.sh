#!/usr/bin/env bash
# Re-extract every translatable string of the app (GUI self.tr(), CLI tr("Context", …), core
# QT_TRANSLATE_NOOP templates) into the .ts files, then build the .qm files the app loads.
# fedimove_en.ts holds only plural forms ("1 account" / "3 accounts").
#
# lupdate reads Python `tr(a, b)` as (text, disambiguation), so the CLI helper
# `tr("Context", "text")` is first rewritten, in a scratch copy, to the
# `QCoreApplication.translate("Context", "text")` it stands for.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="${PYSIDE6_BIN:-$(dirname "$(command -v python3)")}"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
"$bin/python" - "$scratch" <<'PY'
import pathlib, re, sys
scratch = pathlib.Path(sys.argv[1])
helper = re.compile(r"(?<![\w.])(?:i18n\.)?tr\(")
for source in sorted(pathlib.Path("app/fedimove").rglob("*.py")):
    if "resources" in source.parts:
        continue
    target = scratch / source
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(helper.sub("QCoreApplication.translate(", source.read_text("utf-8")), "utf-8")
PY
mapfile -t sources < <(find "$scratch" -name '*.py' | sort)
ts_dir=$PWD/resources/translations
"$bin/pyside6-lupdate" -silent -locations none -no-obsolete "${sources[@]}" -ts "$ts_dir/fedimove_fr.ts"
"$bin/pyside6-lupdate" -silent -locations none -no-obsolete -pluralonly "${sources[@]}" \
  -ts "$ts_dir/fedimove_en.ts"
for ts in "$ts_dir"/*.ts; do
  "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
