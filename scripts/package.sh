#!/usr/bin/env bash
# Builds the release programs and man pages, makes the Debian packages (iqmessaging and iqmsgd) and the
# tarball with CPack, and checks them: the desktop entry and AppStream metadata, each package's files
# and declared dependencies, that iqmsgd does not link Qt Widgets, that the extracted programs run,
# and lintian's verdict when lintian is installed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/scripts/deps.sh"
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
build="$root/build/release"
# Only what the packages hold is built; CPack then installs without building everything else first.
cmake --preset release -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON >/dev/null
cmake --build --preset release -j "$(nproc 2>/dev/null || echo 2)" --target iqmessaging iqm iqmsgd iq_manpages
start=$(date +%s)

fail() { echo "package check failed: $*" >&2; exit 1; }

desktop-file-validate resources/iqmessaging.desktop
appstreamcli validate --no-net --pedantic resources/iqmessaging.metainfo.xml ||
  appstreamcli validate --no-net resources/iqmessaging.metainfo.xml
rm -f "$build"/iqmessaging_*.deb "$build"/iqmsgd_*.deb "$build"/iqmessaging-*.tar.gz
(cd "$build" && cpack -G "DEB;TGZ" >/dev/null)
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
# first PATH...: the first of the paths (a glob's matches) that exists, else nothing.
first() { for path in "$@"; do [ -e "$path" ] && { echo "$path"; return; }; done; return 0; }
desktop_deb=$(first "$build"/iqmessaging_"$version"_*.deb)
server_deb=$(first "$build"/iqmsgd_"$version"_*.deb)
tarball=$(first "$build"/iqmessaging-"$version"-*.tar.gz)
[ -n "$desktop_deb" ] || fail "no iqmessaging_${version}_*.deb"
[ -n "$server_deb" ] || fail "no iqmsgd_${version}_*.deb"
[ -n "$tarball" ] || fail "no iqmessaging-${version}-*.tar.gz"

# field DEB NAME: a control field of the package, empty when absent.
field() { dpkg-deb -f "$1" "$2" 2>/dev/null || true; }
# needs DEB FIELD PACKAGE...: each package is named in the field (alone or as an alternative).
needs() {
  local deb=$1 name=$2 value
  shift 2
  value=$(field "$deb" "$name")
  for package in "$@"; do
    grep -Eq "(^|[ ,|])$package( |,|$)" <<<"$value" || fail "$(basename "$deb"): $name lacks $package ($value)"
  done
}
needs "$desktop_deb" Depends libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 libqt6widgets6 libqt6core6
needs "$desktop_deb" Recommends gnome-keyring qt6-speech-flite-plugin
needs "$server_deb" Depends libqt6sql6-sqlite libqt6httpserver6 libqt6core6
needs "$server_deb" Suggests libqt6sql6-psql
if grep -Eq 'libqt6(widgets|gui)6' <<<"$(field "$server_deb" Depends)"; then
  fail "iqmsgd depends on Qt Widgets or Gui: $(field "$server_deb" Depends)"
fi

# contains DEB PATH...: the package holds each path; lacks DEB PATH...: it holds none of them.
contains() {
  local deb=$1 listing
  shift
  listing=$(dpkg-deb -c "$deb" | awk '{print $6}')
  for path in "$@"; do
    grep -qx "\./$path" <<<"$listing" || fail "$(basename "$deb") misses $path"
  done
}
lacks() {
  local deb=$1 listing
  shift
  listing=$(dpkg-deb -c "$deb" | awk '{print $6}')
  for path in "$@"; do
    ! grep -qx "\./$path" <<<"$listing" || fail "$(basename "$deb") should not hold $path"
  done
}
contains "$desktop_deb" usr/bin/iqmessaging usr/bin/iqm usr/share/applications/iqmessaging.desktop \
  usr/share/metainfo/iqmessaging.metainfo.xml usr/share/icons/hicolor/scalable/apps/iqmessaging.svg \
  usr/share/man/man1/iqmessaging.1.gz usr/share/man/man1/iqm.1.gz \
  usr/share/doc/iqmessaging/copyright usr/share/doc/iqmessaging/changelog.gz
lacks "$desktop_deb" usr/bin/iqmsgd lib/systemd/system/iqmsgd.service
contains "$server_deb" usr/bin/iqmsgd lib/systemd/system/iqmsgd.service etc/default/iqmsgd \
  usr/share/man/man1/iqmsgd.1.gz usr/share/doc/iqmsgd/copyright usr/share/doc/iqmsgd/changelog.gz
lacks "$server_deb" usr/bin/iqmessaging usr/bin/iqm usr/share/applications/iqmessaging.desktop
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
dpkg-deb -e "$server_deb" "$scratch/control"
grep -qx /etc/default/iqmsgd "$scratch/control/conffiles" || fail "/etc/default/iqmsgd is not a conffile"
for script in postinst prerm postrm; do
  [ -x "$scratch/control/$script" ] || fail "iqmsgd has no executable $script"
done
# (Listings go through variables: with pipefail, grep -q leaving early would fail the pipe.)
grep -q '/bin/iqmsgd$' <<<"$(tar tzf "$tarball")" || fail "$(basename "$tarball") misses bin/iqmsgd"

# The packages' files extracted as dpkg would install them; the programs run from there.
dpkg-deb -x "$desktop_deb" "$scratch/root"
dpkg-deb -x "$server_deb" "$scratch/root"
linked=$(ldd "$scratch/root/usr/bin/iqmsgd")
grep -q 'libQt6Core' <<<"$linked" || fail "ldd does not show iqmsgd's libraries: $linked"
if grep -Eq 'libQt6(Widgets|Gui)' <<<"$linked"; then
  fail "iqmsgd links Qt Widgets or Gui: $(grep -E 'libQt6(Widgets|Gui)' <<<"$linked")"
fi
for program in iqm iqmsgd; do
  said=$("$scratch/root/usr/bin/$program" --version) || fail "$program --version failed"
  [ "$said" = "$program $version" ] || fail "$program --version said \"$said\", not \"$program $version\""
done
said=$(QT_QPA_PLATFORM=offscreen "$scratch/root/usr/bin/iqmessaging" --version 2>/dev/null) ||
  fail "iqmessaging --version failed"
[ "$said" = "iqmessaging $version" ] || fail "iqmessaging --version said \"$said\""
for page in iqmessaging iqm iqmsgd; do
  grep -q "^\.TH ${page^^} " <<<"$(zcat "$scratch/root/usr/share/man/man1/$page.1.gz")" ||
    fail "$page.1.gz is no man page"
done
grep -q '^ExecStart=/usr/bin/iqmsgd ' "$scratch/root/lib/systemd/system/iqmsgd.service" ||
  fail "iqmsgd.service does not start /usr/bin/iqmsgd"

if command -v lintian >/dev/null; then
  lintian --fail-on error "$desktop_deb" "$server_deb" || fail "lintian reports errors"
else
  echo "lintian is not installed: skipping its checks (apt-get install lintian to run them)"
fi
echo "Packages: $(basename "$desktop_deb") $(basename "$server_deb") $(basename "$tarball")" \
  "(checked in $(( $(date +%s) - start )) s)"
