# Builds Mockloop for Windows with jpackage: the app-image (Mockloop\) and an .msi.
# Runs on Windows only. Prerequisites (a JDK 17+, WiX Toolset 3.x) and usage: installer/README.md.
#
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1 INPUT MAIN_JAR VERSION DEST
#
# INPUT     folder with the app's jar, its runtime jars and native\ (made by mvnw.cmd -Pinstaller package)
# MAIN_JAR  the app's jar's file name inside INPUT
# VERSION   the app's version; a -SNAPSHOT (or other -suffix) is dropped, jpackage wants numbers
# DEST      output folder: DEST\Mockloop (the app-image) and DEST\Mockloop-VERSION.msi
#
# Not tried on Windows by the project yet: the Linux build is the one CI checks.
param(
    [Parameter(Mandatory = $true)][string]$InputDir,
    [Parameter(Mandatory = $true)][string]$MainJar,
    [Parameter(Mandatory = $true)][string]$Version,
    [Parameter(Mandatory = $true)][string]$Dest
)
$ErrorActionPreference = 'Stop'

$name = 'Mockloop'
$installer = Split-Path -Parent $PSScriptRoot
$appVersion = ($Version -split '-')[0]
# Windows Installer recognises an upgrade by this code: never change it.
$upgradeUuid = 'da9d2e7a-adbd-41cb-998b-64277254bfac'
$jdkBin = if ($env:JAVA_HOME) { Join-Path $env:JAVA_HOME 'bin' } else { '' }

function Tool([string]$tool) {
    if ($jdkBin) { return Join-Path $jdkBin "$tool.exe" }
    return $tool
}

function Run([string]$exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe failed with exit code $LASTEXITCODE" }
}

foreach ($tool in @((Tool 'jlink'), (Tool 'jpackage'), 'candle.exe', 'light.exe')) {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) {
        throw "build.ps1: $tool not found. jlink and jpackage come with a full JDK 17+; candle and light with WiX Toolset 3.x on the PATH (installer/README.md)."
    }
}

New-Item -ItemType Directory -Force -Path $Dest | Out-Null
$Dest = (Resolve-Path $Dest).Path
$InputDir = (Resolve-Path $InputDir).Path

# The runtime: only the modules in installer/modules.txt (text after # is a comment; "!" marks
# a module left out on purpose).
$modules = (Get-Content (Join-Path $installer 'modules.txt') |
    ForEach-Object { ($_ -replace '#.*', '').Trim() } |
    Where-Object { $_ -and -not $_.StartsWith('!') }) -join ','
Write-Host "== linking the runtime: $modules"
$runtime = Join-Path $Dest 'runtime'
foreach ($old in @($runtime, (Join-Path $Dest $name))) {
    if (Test-Path $old) { Remove-Item -Recurse -Force $old }
}
Get-ChildItem -Path $Dest -Filter '*.msi' | Remove-Item -Force
Run (Tool 'jlink') @('--add-modules', $modules, '--strip-java-debug-attributes', '--no-header-files', '--no-man-pages',
    '--generate-cds-archive', '--output', $runtime)
Get-ChildItem -Path $runtime -Recurse -Filter 'classes_nocoops.jsa' | Remove-Item -Force

$common = @('--name', $name, '--app-version', $appVersion, '--vendor', 'Mockloop',
    '--copyright', 'Mockloop contributors', '--description', 'Timed solo practice for system-design interviews')

Write-Host '== app-image'
# No AppCDS archive on Windows yet: JDK 17 ties one to the app's absolute path, and the .msi
# has no step that makes it in the install folder (the Linux packages make theirs on install).
# The runtime's own JDK archive still applies.
Run (Tool 'jpackage') ($common + @('--type', 'app-image',
    '--input', $InputDir, '--main-jar', $MainJar, '--main-class', 'dev.mockloop.app.Main',
    '--runtime-image', $runtime, '--icon', (Join-Path $installer 'icons\mockloop.ico'),
    '--java-options', '-Dorg.sqlite.lib.path=$APPDIR\native',
    '--java-options', '-Dorg.sqlite.lib.name=sqlitejdbc.dll',
    '--java-options', '-Donnxruntime.native.path=$APPDIR\native',
    '--java-options', '-DENGINE_CACHE_DIR=$APPDIR\native\djl',
    '--java-options', '-Dai.djl.offline=true', '--java-options', '-DOPT_OUT_TRACKING=true',
    '--dest', $Dest))

Write-Host '== msi'
Run (Tool 'jpackage') ($common + @('--type', 'msi', '--app-image', (Join-Path $Dest $name),
    '--win-menu', '--win-menu-group', $name, '--win-shortcut', '--win-dir-chooser',
    '--win-upgrade-uuid', $upgradeUuid,
    '--file-associations', (Join-Path $installer 'mockpack.properties'),
    '--dest', $Dest))

Write-Host "== built in $Dest"
Get-ChildItem -Path $Dest -Filter '*.msi' | ForEach-Object { '{0}  {1:N1} MB' -f $_.Name, ($_.Length / 1MB) }
