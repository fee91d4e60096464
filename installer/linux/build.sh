#!/usr/bin/env bash
# Builds Mockloop's Linux packages with jpackage: an app-image (always) plus, as asked,
# a .deb and/or an .rpm. Prerequisites and usage: installer/README.md.
#
#   installer/linux/build.sh INPUT MAIN_JAR VERSION DEST [deb] [rpm]
#
# INPUT     folder with the app's jar, its runtime jars and native/ (made by ./mvnw -Pinstaller package)
# MAIN_JAR  the app's jar's file name inside INPUT
# VERSION   the app's version; a -SNAPSHOT (or other -suffix) is dropped, jpackage wants numbers
# DEST      output folder: DEST/Mockloop (the app-image), DEST/*.deb, DEST/*.rpm
set -euo pipefail

if [[ $# -lt 4 ]]; then
    sed -n '2,12p' "$0" >&2
    exit 2
fi
input=$(cd "$1" && pwd)
main_jar=$2
version=${3%%-*}
dest=$(mkdir -p "$4" && cd "$4" && pwd)
shift 4
types=("$@")

here=$(cd "$(dirname "$0")" && pwd)
installer=$(dirname "$here")
name=Mockloop
jdk_bin=${JAVA_HOME:+$JAVA_HOME/bin/}

need() {
    command -v "$1" >/dev/null 2>&1 || { echo "build.sh: $1 not found: $2 (see installer/README.md)" >&2; exit 1; }
}
need "${jdk_bin}jlink" "install a full JDK 17+ (jlink, jpackage, jdeps), not just a JRE"
need "${jdk_bin}jpackage" "install a full JDK 17+ (jlink, jpackage, jdeps), not just a JRE"
for type in "${types[@]}"; do
    case $type in
        deb) need fakeroot "apt-get install fakeroot"; need dpkg-deb "apt-get install dpkg" ;;
        rpm) need rpmbuild "apt-get install rpm (Debian) or dnf install rpm-build (Fedora)" ;;
        *) echo "build.sh: unknown package type '$type' (deb, rpm)" >&2; exit 2 ;;
    esac
done

# --- the runtime: only the modules listed in installer/modules.txt -------------------
# shellcheck source=../common.sh
. "$installer/common.sh"
installer_check_modules "$input"
rm -rf "${dest:?}/$name"
installer_link_runtime "$dest/runtime"

# --- the app-image ---------------------------------------------------------------------
echo "== app-image"
# $APPDIR is expanded by the launcher at run time (lib/app in the image).
java_options=(
    # sqlite-jdbc loads its library from the image instead of extracting it to a
    # temporary folder on every start (which fails where /tmp is mounted noexec).
    '-Dorg.sqlite.lib.path=$APPDIR/native' '-Dorg.sqlite.lib.name=libsqlitejdbc.so'
    # The coach's model (dev.mockloop.coach.minilm): ONNX Runtime and the tokenizer load this
    # platform's libraries from the image; DJL stays offline and sends no usage ping.
    '-Donnxruntime.native.path=$APPDIR/native' '-DENGINE_CACHE_DIR=$APPDIR/native/djl'
    '-Dai.djl.offline=true' '-DOPT_OUT_TRACKING=true'
    # The app's class-data archive, made below: classes load mapped, not parsed.
    '-XX:SharedArchiveFile=$APPDIR/mockloop.jsa'
    # Start-up on a 2-core machine (BENCHMARKS.md, startup.*): the C2 compiler's threads
    # took a core from the start-up for about 1 s of CPU, and this app has no hot loop C1
    # code cannot keep up with (reading the bundled packs runs as fast); the serial
    # collector starts faster than G1 and suits a heap of a few hundred MB; no hsperfdata file.
    '-XX:TieredStopAtLevel=1' '-XX:+UseSerialGC' '-XX:-UsePerfData'
)
java_option_args=()
for option in "${java_options[@]}"; do java_option_args+=(--java-options "$option"); done
jpackage_common=(
    --name "$name" --app-version "$version"
    --vendor "Mockloop" --copyright "Mockloop contributors"
    --description "Timed solo practice for system-design interviews"
)
"${jdk_bin}jpackage" --type app-image "${jpackage_common[@]}" \
    --input "$input" --main-jar "$main_jar" --main-class dev.mockloop.app.Main \
    --runtime-image "$dest/runtime" --icon "$installer/icons/mockloop.png" \
    "${java_option_args[@]}" \
    --dest "$dest"

cp "$here/cds-archive.sh" "$dest/$name/lib/"

# --- packages -------------------------------------------------------------------------------
# Built before the app-image gets its class-data archive: an archive only works where it
# was made, so the packages make theirs on install (resources/postinst, resources/mockloop.spec).
linux_common=(
    --linux-package-name mockloop
    --linux-menu-group "Education" --linux-app-category education --linux-shortcut
    --file-associations "$installer/mockpack.properties"
    --icon "$installer/icons/mockloop.png"
    --resource-dir "$here/resources"
)
for type in "${types[@]}"; do
    echo "== $type"
    rm -f "$dest"/*."$type"
    case $type in
        deb) "${jdk_bin}jpackage" --type deb "${jpackage_common[@]}" --app-image "$dest/$name" "${linux_common[@]}" \
                --linux-package-deps "libgtk-3-0, libgl1" --dest "$dest" ;;
        rpm) "${jdk_bin}jpackage" --type rpm "${jpackage_common[@]}" --app-image "$dest/$name" "${linux_common[@]}" \
                --linux-package-deps "gtk3, libglvnd-glx" --dest "$dest" ;;
    esac
done

# --- the app-image's class-data archive (AppCDS) ---------------------------------------------
echo "== class-data archive for the app-image (a headless smoke run)"
"$dest/$name/lib/cds-archive.sh"

echo "== built in $dest"
du -sh "$dest/$name" "$dest"/*.deb "$dest"/*.rpm 2>/dev/null || true
