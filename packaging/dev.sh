#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One entry for a new machine (Debian 12 or Ubuntu 24.04): installs what is missing,
# configures and builds with the CMake presets, then starts the demo or runs the tests.
#
#   packaging/dev.sh demo          build, then start EventDesk on the demo company's store
#   packaging/dev.sh test [PRESET] build, then run every test (preset: ci (default), dev, asan)
#   packaging/dev.sh deps          only install the build dependencies
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

packages=(
    build-essential cmake ninja-build pkg-config git python3
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libqt6sql6-sqlite libqt6svg6 libgl-dev
    libqcustomplot-dev libsodium-dev libsqlite3-dev libssl-dev
    dpkg-dev appstream desktop-file-utils file
)

install_deps() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    cmake --preset "$preset"
    cmake --build --preset "$preset"
}

case "${1:-}" in
    deps)
        install_deps
        ;;
    demo)
        install_deps
        build release
        exec ./build/release/src/app/eventdesk --demo
        ;;
    test)
        preset=${2:-ci}
        install_deps
        build "$preset"
        ctest --preset "$preset"
        ;;
    *)
        sed -n '3,10p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
