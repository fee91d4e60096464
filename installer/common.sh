# Shared by linux/build.sh and macos/build.sh (sourced; bash 3.2 or newer): the runtime's
# module list and the jlink step. installer/windows/build.ps1 does the same in PowerShell.

# Prints the modules of installer/modules.txt joined by commas.
installer_modules() {
    sed -e 's/#.*//' -e 's/[[:space:]]//g' "$installer/modules.txt" | grep -v '^$' | grep -v '^!' | paste -sd, -
}

# Fails when the jars in $1 use a module that modules.txt neither lists nor leaves out ("!").
installer_check_modules() {
    local modules left_out needed module
    modules=$(installer_modules)
    left_out=$(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$installer/modules.txt" | grep '^!' | cut -c2- || true)
    echo "== checking installer/modules.txt against the jars (jdeps)"
    needed=$("${jdk_bin}jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
        --class-path "$1/*" "$1"/*.jar 2>/dev/null | tail -1)
    for module in ${needed//,/ }; do
        if [[ ",$modules," != *",$module,"* ]] && ! grep -qx "$module" <<<"$left_out"; then
            echo "build.sh: the jars use module $module, which installer/modules.txt neither lists nor leaves out" >&2
            exit 1
        fi
    done
}

# Links the trimmed runtime into $1 (replacing it).
installer_link_runtime() {
    local modules
    modules=$(installer_modules)
    echo "== linking the runtime: $modules"
    rm -rf "$1"
    # --generate-cds-archive: the JDK's own class-data archive (also the base of the app's
    # archive on Linux). It needs bin/java, so no --strip-native-commands (../shared/STACK.md).
    # --strip-java-debug-attributes rather than --strip-debug: on Linux the latter also strips
    # native symbols with objcopy, which a clean machine lacks (binutils) and which gains
    # nothing on a distribution JDK, whose libraries are stripped already.
    "${jdk_bin}jlink" --add-modules "$modules" --strip-java-debug-attributes --no-header-files --no-man-pages \
        --generate-cds-archive --output "$1"
    # The archive for heaps over 32 GB (no compressed oops): 11 MB nobody here uses.
    find "$1" -name classes_nocoops.jsa -delete
}
