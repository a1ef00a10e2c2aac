#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The packaging test: builds the DEB from the build tree, unpacks it with dpkg-deb -x into
# a temporary folder (it is never installed on the machine running the tests), checks its
# metadata and desktop integration, and runs both programs from the unpacked tree.
#   check-deb.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check-deb: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; fail "cpack could not build the DEB"; }
deb=$(ls "$work"/out/*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || fail "no .deb was made"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = eventdesk ] || fail "Package is '$(field Package)'"
[ -n "$(field Version)" ] || fail "no Version"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
depends=$(field Depends)
for needed in libqt6sql6-sqlite libqt6svg6 libsodium libqt6widgets6 libsqlite3; do
    grep -q "$needed" <<<"$depends" || fail "Depends lacks $needed: $depends"
done

root="$work/root"
dpkg-deb -x "$deb" "$root"
for file in usr/bin/eventdesk usr/bin/eventdesk-cli \
            usr/share/applications/eventdesk.desktop \
            usr/share/metainfo/io.eventdesk.EventDesk.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/eventdesk.svg \
            usr/share/icons/hicolor/48x48/apps/eventdesk.png \
            usr/share/icons/hicolor/256x256/apps/eventdesk.png; do
    [ -e "$root/$file" ] || fail "the package lacks /$file"
done
grep -q '^Exec=eventdesk' "$root/usr/share/applications/eventdesk.desktop" \
    || fail "the .desktop file does not start eventdesk"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/eventdesk.desktop"
fi
appstreamcli validate --no-net "$root/usr/share/metainfo/io.eventdesk.EventDesk.metainfo.xml" \
    || fail "the AppStream metainfo does not validate"

version=$("$root/usr/bin/eventdesk-cli" --version)
grep -q '^eventdesk-cli ' <<<"$version" || fail "eventdesk-cli --version printed '$version'"

export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export QT_QPA_PLATFORM=offscreen
"$root/usr/bin/eventdesk" --demo --screenshot "$work/shots" >"$work/gui.log" 2>&1 \
    || { cat "$work/gui.log" >&2; fail "the unpacked eventdesk --demo --screenshot failed"; }
for page in requests approvals timeline sagas health; do
    [ -s "$work/shots/$page.png" ] || fail "no screenshot of $page"
done
echo "check-deb: $(basename "$deb") is well formed; both programs run from it"
