#!/bin/sh
# Makes the app's class-data archive (AppCDS), lib/app/mockloop.jsa, for the place the app
# is in now: the launcher maps it at every start, so the classes of a start-up load
# already parsed and verified (BENCHMARKS.md: startup.*).
#
# JDK 17 ties the archive to the absolute paths of the app's jars, so it is made where the
# app runs: build.sh runs this for the app-image, and the .deb and .rpm run it on install.
# Moved elsewhere, the app starts without the archive (slower, nothing else changes); run
# this script again there to make a new one.
#
# It runs the app once to its home screen, headless (--smoke, with a throw-away data folder),
# with the launcher's own class path and options read from lib/app/Mockloop.cfg.
set -eu
lib=$(cd "$(dirname "$0")" && pwd)
app="$lib/app"
cfg="$app/Mockloop.cfg"
archive="$app/mockloop.jsa"

classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s#\$APPDIR#$app#g" | paste -sd: -)
# The launcher's options, except the archive it would map.
options=$(sed -n 's/^java-options=//p' "$cfg" | grep -v 'SharedArchiveFile' | sed "s#\$APPDIR#$app#g")
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT

rm -f "$archive"
# shellcheck disable=SC2086  # one option a line, none with spaces
env -u MOCKLOOP_HOME "$lib/runtime/bin/java" -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -Djavafx.cachedir="$cache" $options -cp "$classpath" dev.mockloop.app.Main --smoke >/dev/null 2>&1 || {
    echo "cds-archive.sh: the app did not start; run $lib/../bin/Mockloop --smoke to see why" >&2
    rm -f "$archive"
    exit 1
}
echo "cds-archive.sh: made $archive"
