#!/usr/bin/env bash
# Builds Mockloop for macOS with jpackage: Mockloop.app (the app-image) and a .dmg.
# Runs on macOS only. Prerequisites and usage: installer/README.md.
#
#   installer/macos/build.sh INPUT MAIN_JAR VERSION DEST
#
# INPUT     folder with the app's jar, its runtime jars and native/ (made by ./mvnw -Pinstaller package)
# MAIN_JAR  the app's jar's file name inside INPUT
# VERSION   the app's version; a -SNAPSHOT (or other -suffix) is dropped, jpackage wants numbers
# DEST      output folder: DEST/Mockloop.app and DEST/Mockloop-VERSION.dmg
#
# Not tried on a Mac by the project yet: the Linux build is the one CI checks.
set -euo pipefail

if [[ $# -lt 4 ]]; then
    sed -n '2,13p' "$0" >&2
    exit 2
fi
input=$(cd "$1" && pwd)
main_jar=$2
version=${3%%-*}
dest=$(mkdir -p "$4" && cd "$4" && pwd)

here=$(cd "$(dirname "$0")" && pwd)
installer=$(dirname "$here")
name=Mockloop
jdk_bin=${JAVA_HOME:+$JAVA_HOME/bin/}

if [[ $(uname -s) != Darwin ]]; then
    echo "macos/build.sh: runs on macOS only (jpackage builds packages for the OS it runs on)" >&2
    exit 1
fi
for tool in "${jdk_bin}jlink" "${jdk_bin}jpackage" sips iconutil hdiutil; do
    command -v "$tool" >/dev/null 2>&1 || { echo "macos/build.sh: $tool not found (see installer/README.md)" >&2; exit 1; }
done

# shellcheck source=../common.sh
. "$installer/common.sh"
installer_check_modules "$input"
rm -rf "${dest:?}/$name.app" "$dest"/*.dmg
installer_link_runtime "$dest/runtime"

# The .icns, from the 1024 px PNG, with the sizes macOS asks for.
echo "== icon"
iconset="$dest/$name.iconset"
rm -rf "$iconset" && mkdir -p "$iconset"
for size in 16 32 128 256 512; do
    sips -z $size $size "$installer/icons/mockloop-1024.png" --out "$iconset/icon_${size}x${size}.png" >/dev/null
    double=$((size * 2))
    sips -z $double $double "$installer/icons/mockloop-1024.png" --out "$iconset/icon_${size}x${size}@2x.png" >/dev/null
done
iconutil -c icns "$iconset" -o "$dest/$name.icns"

echo "== app-image"
# No AppCDS archive on macOS yet: JDK 17 ties one to the app's absolute path, and a .dmg has
# no install step to make it where the user drops the app (the Linux packages make theirs on
# install). The runtime's own JDK archive still applies.
"${jdk_bin}jpackage" --type app-image --name "$name" --app-version "$version" \
    --vendor "Mockloop" --copyright "Mockloop contributors" \
    --description "Timed solo practice for system-design interviews" \
    --input "$input" --main-jar "$main_jar" --main-class dev.mockloop.app.Main \
    --runtime-image "$dest/runtime" --icon "$dest/$name.icns" \
    --mac-package-identifier dev.mockloop.Mockloop --mac-package-name "$name" \
    --file-associations "$installer/mockpack.properties" \
    --java-options '-Dorg.sqlite.lib.path=$APPDIR/native' \
    --java-options '-Dorg.sqlite.lib.name=libsqlitejdbc.dylib' \
    --java-options '-Donnxruntime.native.path=$APPDIR/native' \
    --java-options '-DENGINE_CACHE_DIR=$APPDIR/native/djl' \
    --java-options '-Dai.djl.offline=true' --java-options '-DOPT_OUT_TRACKING=true' \
    --dest "$dest"

echo "== microphone"
# macOS asks the user before an app may use the microphone, and shows this line; an app
# without it is refused the microphone silently (its rounds then run without a recording).
/usr/libexec/PlistBuddy -c "Add :NSMicrophoneUsageDescription string 'Mockloop records your voice during a practice round, so you can replay it with your sketch. The recording stays on this Mac.'" \
    "$dest/$name.app/Contents/Info.plist"

echo "== dmg"
"${jdk_bin}jpackage" --type dmg --name "$name" --app-version "$version" \
    --vendor "Mockloop" --app-image "$dest/$name.app" --dest "$dest"

echo "== built in $dest"
du -sh "$dest/$name.app" "$dest"/*.dmg
