#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (Secret Service), so the
# tests store tokens in a real keychain even on a headless machine or in CI:
#   scripts/with-keyring.sh ctest --test-dir build/dev -j2 --output-on-failure
# Needs the packages dbus-x11 (dbus-run-session) and gnome-keyring.
set -eu
if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi
exec dbus-run-session -- sh -c 'echo -n x | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "$@"
