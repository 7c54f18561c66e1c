#!/usr/bin/env bash
# Builds Booth's Debian package and checks it the way a user meets it (issue 7, installable release):
#
#   scripts/check-deb.sh             # build the UI, the release binary and the .deb, then check it
#   scripts/check-deb.sh --no-build  # check the newest target/release/bundle/deb/*.deb
#   scripts/check-deb.sh --keep      # leave the package installed afterwards
#
# Checks: the control file declares the runtime libraries (libwebkit2gtk-4.1-0, libgtk-3-0), and every
# shared library the binary links against comes from a declared dependency or something it pulls in; the
# package carries a desktop entry whose Exec and Icon resolve to files in the package; `apt-get install`
# of the file succeeds and puts the entry in /usr/share/applications with its icon in the hicolor theme;
# the installed app starts on the built-in forum pack under Xvfb, paints its agenda (the
# BOOTH_STARTUP_PROBE signal) and is screenshot to screenshots/deb-installed.png. Needs root (apt-get),
# xvfb-run and ImageMagick's `import`. The package is removed again unless --keep is given or it was
# installed before.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD=1 KEEP=0
for a in "$@"; do
  case $a in
    --no-build) BUILD=0 ;;
    --keep) KEEP=1 ;;
    *) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done

fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok   $*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if [ "$BUILD" = 1 ]; then
  (cd ui && npm run build --silent)
  sh crates/listen/tools/fetch-model.sh target/models --tiny-en
  ui/node_modules/.bin/tauri build --bundles deb --config src-tauri/tauri.deb.conf.json
fi
DEB=$(ls -t target/release/bundle/deb/*.deb 2>/dev/null | sed -n 1p)
[ -n "$DEB" ] || fail "no .deb in target/release/bundle/deb"
echo "package: $DEB ($(stat -c %s "$DEB") bytes)"
PKG=$(dpkg-deb -f "$DEB" Package)

# Control file: declared runtime dependencies.
DEPENDS=$(dpkg-deb -f "$DEB" Depends)
for want in libwebkit2gtk-4.1-0 libgtk-3-0 libasound2; do
  grep -qw -- "$want" <<<"$DEPENDS" || fail "Depends ($DEPENDS) lacks $want"
done
ok "Depends: $DEPENDS"
ok "Recommends: $(dpkg-deb -f "$DEB" Recommends 2>/dev/null || echo none)"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
dpkg-deb -x "$DEB" "$WORK/root"

# Every library the binary needs comes from a declared dependency or its dependency closure.
BIN=$(find "$WORK/root/usr/bin" -type f -name booth-app -print -quit)
[ -n "$BIN" ] || fail "no binary in usr/bin"
DEP_NAMES=$(sed 's/([^)]*)//g; s/|/,/g' <<<"$DEPENDS" | tr ',' '\n' | awk 'NF { print $1 }')
# shellcheck disable=SC2086
apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
  --no-enhances $DEP_NAMES 2>/dev/null | grep -v '^ ' | sed 's/:.*//' | sort -u >"$WORK/closure"
[ -s "$WORK/closure" ] || fail "apt-cache could not resolve $DEP_NAMES"
missing=()
for lib in $(objdump -p "$BIN" | awk '/NEEDED/ { print $2 }'); do
  # awk reads to the end: an early `exit` would SIGPIPE ldconfig and, under pipefail, stop the script.
  path=$(ldconfig -p | awk -v l="$lib" '$1 == l && !found { print $NF; found = 1 }')
  [ -n "$path" ] || { missing+=("$lib (not on this system)"); continue; }
  owner=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | head -1 | cut -d: -f1) || true
  [ -n "$owner" ] || owner=$(dpkg -S "$path" 2>/dev/null | head -1 | cut -d: -f1) || true
  if [ -z "$owner" ] || ! grep -qx -- "$owner" "$WORK/closure"; then missing+=("$lib from ${owner:-?}"); fi
done
[ ${#missing[@]} -eq 0 ] || fail "libraries not covered by Depends: ${missing[*]}"
ok "all $(objdump -p "$BIN" | grep -c NEEDED) NEEDED libraries come from Depends or its closure ($(wc -l <"$WORK/closure") packages)"

# Desktop entry and icon inside the package.
DESKTOP=$(find "$WORK/root/usr/share/applications" -name '*.desktop' -print -quit)
[ -n "$DESKTOP" ] || fail "no .desktop file in usr/share/applications"
EXEC=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$DESKTOP")
ICON=$(sed -n 's/^Icon=//p' "$DESKTOP")
grep -q '^Type=Application' "$DESKTOP" || fail "$DESKTOP: no Type=Application"
grep -q '^Name=' "$DESKTOP" || fail "$DESKTOP: no Name"
grep -q '^Categories=' "$DESKTOP" || fail "$DESKTOP: no Categories (it would not appear in a menu)"
[ -x "$WORK/root/usr/bin/$(basename "$EXEC")" ] || fail "Exec=$EXEC is not in the package"
ls "$WORK"/root/usr/share/icons/hicolor/*/apps/"$ICON".png >/dev/null 2>&1 || fail "Icon=$ICON has no PNG in the hicolor theme"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$DESKTOP" || fail "desktop-file-validate"; fi
ok "desktop entry $(basename "$DESKTOP"): Exec=$EXEC Icon=$ICON ($(ls "$WORK"/root/usr/share/icons/hicolor/*/apps/"$ICON".png | sed 's|.*/hicolor/||; s|/apps/.*||' | tr '\n' ' '))"

# Install it as a user would.
WAS_INSTALLED=0
dpkg-query -W -f='${Status}' "$PKG" 2>/dev/null | grep -q "install ok installed" && WAS_INSTALLED=1
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall "$ROOT/$DEB" >"$WORK/apt.log" 2>&1 || { cat "$WORK/apt.log"; fail "apt-get install"; }
dpkg-query -W -f='${Status}' "$PKG" | grep -q "install ok installed" || fail "$PKG is not installed"
INSTALLED_DESKTOP=/usr/share/applications/$(basename "$DESKTOP")
[ -f "$INSTALLED_DESKTOP" ] || fail "$INSTALLED_DESKTOP missing after install"
ls /usr/share/icons/hicolor/*/apps/"$ICON".png >/dev/null || fail "icon $ICON missing after install"
INSTALLED_BIN=$(command -v "$(basename "$EXEC")") || fail "$EXEC is not on PATH after install"
ok "installed $PKG $(dpkg-query -W -f='${Version}' "$PKG"): $INSTALLED_BIN, $INSTALLED_DESKTOP"

# It launches on the forum pack and paints the agenda.
mkdir -p "$ROOT/screenshots"
SHOT=$ROOT/screenshots/deb-installed.png
cat >"$WORK/launch.sh" <<EOF
#!/usr/bin/env bash
set -u
export XDG_DATA_HOME=$WORK/data XDG_CONFIG_HOME=$WORK/config XDG_CACHE_HOME=$WORK/cache BOOTH_STARTUP_PROBE=1
"$INSTALLED_BIN" >"$WORK/app.out" 2>"$WORK/app.err" &
pid=\$!
for i in \$(seq 1 300); do grep -q '^booth-startup-painted' "$WORK/app.out" && break; sleep 0.1; done
sleep 1.5
import -window root "$SHOT"
kill -TERM \$pid; wait \$pid
grep -q '^booth-startup-painted' "$WORK/app.out"
EOF
chmod +x "$WORK/launch.sh"
xvfb-run -a -s "-screen 0 1280x800x24" "$WORK/launch.sh" || { cat "$WORK/app.err" >&2; fail "the installed app did not paint its agenda"; }
ok "the installed app painted the forum pack's agenda ($(cat "$WORK/app.out")); screenshot: $SHOT"

if [ "$KEEP" = 0 ] && [ "$WAS_INSTALLED" = 0 ]; then
  as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq "$PKG" >/dev/null
  ok "removed $PKG again (--keep leaves it installed)"
fi
echo "check-deb: passed"
