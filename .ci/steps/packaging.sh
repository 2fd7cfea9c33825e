#!/usr/bin/env bash
# CI: build the Linux bundle with PyInstaller and smoke-test the frozen app as a user runs it:
# --version, the GUI offscreen and on X11 (Xvfb), import-archive of a generated archive, a
# keyring round trip against a real Secret Service (D-Bus + GNOME Keyring), and the
# desktop/AppStream files.
# Runs after the README's test command (which made .venv); works alone too, as root or not.
set -euo pipefail
cd "$(dirname "$0")/../.."
export QT_QPA_PLATFORM=offscreen PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_PROGRESS_BAR=off
started=$SECONDS

step() { echo "--- packaging: $*"; }
fail() { echo "packaging: FAILED: $*" >&2; exit 1; }

step "system tools"
tools=(desktop-file-utils appstream dbus gnome-keyring libsecret-tools xvfb xauth)
missing=()
for pkg in "${tools[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  as_root=()
  [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

step "python environment"
if [ ! -x .venv/bin/python ]; then
  bash packaging/system-deps.sh && python3 -m venv .venv
fi
.venv/bin/pip install -q -e '.[test,packaging]'
python=$PWD/.venv/bin/python

step "desktop entry and AppStream metadata"
desktop-file-validate resources/org.fedimove.Fedimove.desktop
appstreamcli validate --no-net resources/org.fedimove.Fedimove.metainfo.xml
"$python" - <<'PY'
import json

manifest = json.load(open("packaging/flatpak/org.fedimove.Fedimove.json"))
needed = {"--share=network", "--talk-name=org.freedesktop.secrets"}
assert needed <= set(manifest["finish-args"]), manifest["finish-args"]
assert manifest["id"] == "org.fedimove.Fedimove" and manifest["command"] == "fedimove"
PY

step "build"
"$python" packaging/build.py
app=dist/fedimove/fedimove
[ -x "$app" ] || fail "no $app"
grep -qiE "^pyside6[-_]essentials .*LGPL" dist/fedimove/_internal/licenses/THIRD-PARTY-NOTICES.txt \
  || fail "the bundle does not list the licences of what it ships"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" FEDIMOVE_DATA_DIR="$work/workspace" FEDIMOVE_LANG=en
mkdir -p "$HOME"
cd "$work"  # the frozen app must not lean on the source tree
repo=$OLDPWD

step "installed menu entry validates as a tree"
XDG_DATA_HOME="$work/prefix/share" "$repo/dist/fedimove/install-desktop-entry.sh"
install -D -m 644 "$repo/resources/org.fedimove.Fedimove.metainfo.xml" \
  "$work/prefix/share/metainfo/org.fedimove.Fedimove.metainfo.xml"
desktop-file-validate "$work/prefix/share/applications/org.fedimove.Fedimove.desktop"
appstreamcli validate-tree --no-net "$work/prefix"

step "--version"
version=$("$repo/$app" --version)
expected="fedimove $("$python" -c 'import fedimove; print(fedimove.__version__)')"
[ "$version" = "$expected" ] || fail "--version said '$version', expected '$expected'"

step "GUI: first window (in French, saved to artifacts/packaging/), then a few seconds running"
mkdir -p "$repo/artifacts/packaging"
shot="$repo/artifacts/packaging/first-window-fr.png"
rm -f "$shot"
first=$(FEDIMOVE_LANG=fr FEDIMOVE_QUIT_AFTER_FIRST_WINDOW=1 FEDIMOVE_FIRST_WINDOW_PNG="$shot" \
  timeout 60 "$repo/$app" 2>"$work/gui.err") \
  || fail "the GUI did not open its first window: $(cat "$work/gui.err")"
[ "$first" = "first window: Fedimove" ] || fail "unexpected first window: '$first'"
[ -s "$shot" ] || fail "no screenshot of the first window"
! grep -q Traceback "$work/gui.err" || fail "the GUI printed a traceback: $(cat "$work/gui.err")"
set +e
timeout 5 "$repo/$app" 2>"$work/gui.err"
status=$?
set -e
[ "$status" -eq 124 ] || fail "the GUI stopped by itself (exit $status): $(cat "$work/gui.err")"
! grep -q Traceback "$work/gui.err" || fail "the GUI printed a traceback: $(cat "$work/gui.err")"

step "GUI on X11 (Xvfb): the xcb platform plugin and the libraries it needs are in the bundle"
xvfb-run -a env QT_QPA_PLATFORM=xcb FEDIMOVE_QUIT_AFTER_FIRST_WINDOW=1 \
  timeout 60 "$repo/$app" >"$work/x11.out" 2>"$work/x11.err" \
  || fail "the GUI did not start on X11: $(cat "$work/x11.err")"
[ "$(cat "$work/x11.out")" = "first window: Fedimove" ] || fail "no window on X11: $(cat "$work/x11.err")"

if [ -e "$repo/dist/fedimove/_internal/PySide6/Qt/lib/libQt6WebEngineCore.so.6" ]; then
  step "x.com browser (QtWebEngine): its window, and Chromium's helper process from the bundle"
  export QTWEBENGINE_DISABLE_SANDBOX=1  # Chromium refuses its sandbox as root
  first=$(FEDIMOVE_QUIT_AFTER_FIRST_WINDOW=1 timeout 60 "$repo/$app" read-x 2>"$work/xweb.err") \
    || fail "the x.com window did not open: $(tail -5 "$work/xweb.err")"
  [ "$first" = "first window: Read from x.com" ] || fail "unexpected x.com window: '$first'"
  helper="$repo/dist/fedimove/_internal/PySide6/Qt/libexec/QtWebEngineProcess"
  timeout 30 "$repo/$app" read-x >/dev/null 2>"$work/xweb.err" &
  browser=$!
  started_helper=no
  for _ in $(seq 60); do  # poll up to 30 s for Chromium's first helper process
    if pgrep -f "$helper" >/dev/null; then started_helper=yes; break; fi
    kill -0 "$browser" 2>/dev/null || break
    sleep 0.5
  done
  kill -TERM "$browser" 2>/dev/null || true
  wait "$browser" || true
  [ "$started_helper" = yes ] || fail "QtWebEngineProcess never started: $(tail -5 "$work/xweb.err")"
else
  step "x.com browser: not in this bundle (built without the xweb extra)"
fi

step "import-archive of a generated archive"
(cd "$repo" && "$python" -m tests.bench.archive_gen "$work/archive.zip" --follows 25 --tweets 60)
"$repo/$app" import-archive "$work/archive.zip" --json >"$work/import.json"
"$repo/$app" status --json >"$work/status.json"
"$python" -c '
import json, sys
status = json.load(open(sys.argv[1]))
assert status["following"] == 25, status
' "$work/status.json"

step "keyring: a real Secret Service"
dbus-run-session -- bash -c '
  printf %s fedimove-ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  "$0" keyring-check --json
' "$repo/$app" >"$work/keyring.json"
"$python" -c '
import json, sys
report = json.load(open(sys.argv[1]))
assert report == {"backend": "keyring.backends.SecretService.Keyring", "round_trip": "ok"}, report
' "$work/keyring.json"

step "keyring: none at all says so, in one line"
set +e
env -u DBUS_SESSION_BUS_ADDRESS "$repo/$app" keyring-check >"$work/nokeyring.out" 2>"$work/nokeyring.err"
status=$?
set -e
[ "$status" -eq 1 ] || fail "keyring-check without a keyring exited $status"
grep -q "No password manager (keyring) is available" "$work/nokeyring.err" \
  || fail "unclear message without a keyring: $(cat "$work/nokeyring.err")"
[ "$(wc -l <"$work/nokeyring.err")" -eq 1 ] || fail "more than one line: $(cat "$work/nokeyring.err")"
FEDIMOVE_LANG=fr env -u DBUS_SESSION_BUS_ADDRESS "$repo/$app" keyring-check 2>"$work/nokeyring.err" \
  && fail "keyring-check without a keyring succeeded"
grep -q "Aucun gestionnaire de mots de passe" "$work/nokeyring.err" \
  || fail "the bundle did not speak French: $(cat "$work/nokeyring.err")"

cd "$repo"
step "ok in $((SECONDS - started)) s; bundle $(du -sh dist/fedimove | cut -f1), download $(du -h dist/fedimove-*-linux-*.tar.gz | cut -f1)"
