#!/usr/bin/env bash
# Builds the release, makes the Debian package and tarball with CPack, and validates the desktop
# entry, the AppStream metadata and the package's contents.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/scripts/deps.sh"
"$root/scripts/build.sh" release
desktop-file-validate resources/iqmessaging.desktop
appstreamcli validate --no-net --pedantic resources/iqmessaging.metainfo.xml || appstreamcli validate --no-net resources/iqmessaging.metainfo.xml
(cd build/release && cpack -G "DEB;TGZ" >/dev/null)
deb=$(ls build/release/iqmessaging_*.deb | head -n 1)
contents=$(dpkg-deb -c "$deb")
for expected in usr/bin/iqmessaging usr/bin/iqm usr/bin/iqmsgd usr/share/applications/iqmessaging.desktop \
                usr/share/metainfo/iqmessaging.metainfo.xml; do
  grep -q "$expected" <<<"$contents" || { echo "package misses $expected" >&2; exit 1; }
done
echo "Package: $deb"
