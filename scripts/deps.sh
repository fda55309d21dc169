#!/usr/bin/env bash
# Installs the Debian 12 packages that building, running and testing IQ Messaging need.
# Used by scripts/run.sh and scripts/test.sh; safe to run again (apt-get skips what is installed).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache clang clang-format libclang-rt-14-dev pkg-config
  # Qt 6.4 and the libraries the product uses
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  # what Qt loads at run time: SQL drivers, the SVG image and icon plugins (the icons), platform plugins
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-qpa-plugins
  qtkeychain-qt6-dev libphonenumber-dev libprotobuf-dev libpcre2-dev libsqlite3-dev libuchardet-dev libxkbcommon-dev libgl-dev libvulkan-dev
  # the reference server: Argon2id password hashing
  libsodium-dev
  # running headless: virtual screen, D-Bus session, keychain, screenshots
  xvfb xauth dbus dbus-x11 gnome-keyring imagemagick
  # server tests against PostgreSQL, server benchmarks (HTTP load generator)
  postgresql wrk jq
  # import benchmark reference (bench/import_reference.py)
  python3 python3-phonenumbers sqlite3
  # composer: read voice scripts aloud, play recordings
  qt6-speech-dev qt6-speech-flite-plugin qt6-multimedia-dev qt6-declarative-dev
  # packaging: man pages from --help, and the checks (lintian, some 130 packages, is left out:
  # scripts/package.sh runs it when it is installed)
  desktop-file-utils appstream help2man
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
