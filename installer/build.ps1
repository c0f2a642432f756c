<#
.SYNOPSIS
    Build the Windows installer of So Thiet Bi: dist\SoThietBi-Setup-<version>.exe

.DESCRIPTION
    Run on a 64-bit Windows 10/11 build machine with Python 3.11 (64-bit) and
    Inno Setup 6.3 or newer installed:

        powershell -ExecutionPolicy Bypass -File installer\build.ps1

    Steps: fresh venv in build\win-venv, `pip install -c constraints.txt .` plus PyInstaller,
    compile the translations (tools\update_translations.py), PyInstaller with
    installer\sotb.spec (dist\SoThietBi\), a smoke test of the frozen program, then Inno Setup
    (installer\sotb.iss). Optional Authenticode signing with -SignThumbprint.
    Stops at the first failing step and says which one failed.

.PARAMETER Python
    Python 3.11 to create the venv with. Default: `py -3.11` if the launcher exists, else `python`.

.PARAMETER Iscc
    Path to ISCC.exe. Default: on PATH, else the usual Inno Setup 6 install folders.

.PARAMETER SkipInstaller
    Stop after PyInstaller and the smoke test (no Inno Setup needed).

.PARAMETER ReuseVenv
    Keep an existing build\win-venv instead of recreating it (faster, less clean).

.PARAMETER SignThumbprint
    SHA-1 thumbprint of a code-signing certificate in the Windows certificate store. When
    given, SoThietBi.exe, sotb.exe and the setup are signed with signtool.exe.

.PARAMETER TimestampUrl
    RFC 3161 timestamp server of your certificate vendor; required with -SignThumbprint.
#>
[CmdletBinding()]
param(
    [string]$Python = "",
    [string]$Iscc = "",
    [switch]$SkipInstaller,
    [switch]$ReuseVenv,
    [string]$SignThumbprint = "",
    [string]$TimestampUrl = ""
)

Set-StrictMode -Version Latest
$ErrorActionPreference = "Stop"

# Tested together on Linux (PyInstaller analysis and a frozen run); keep in step with
# installer\README.md.
$PyInstallerVersion = "6.22.3"
$HooksContribVersion = "2026.9"
$MinInnoVersion = [version]"6.3.0"

$Root = Split-Path -Parent $PSScriptRoot
$Venv = Join-Path $Root "build\win-venv"
$VenvPython = Join-Path $Venv "Scripts\python.exe"
$DistApp = Join-Path $Root "dist\SoThietBi"
$Spec = Join-Path $PSScriptRoot "sotb.spec"
$Iss = Join-Path $PSScriptRoot "sotb.iss"

function Fail([string]$Message) {
    Write-Host ""
    Write-Host "BUILD FAILED: $Message" -ForegroundColor Red
    exit 1
}

function Step([string]$Message) {
    Write-Host ""
    Write-Host "==> $Message" -ForegroundColor Cyan
}

# Run a native command; stop with a clear message if it fails.
function Invoke-Native([string]$What, [string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) {
        Fail "$What failed (exit code $LASTEXITCODE): $Exe $($Arguments -join ' ')"
    }
}

function Find-Iscc {
    if ($Iscc) {
        if (-not (Test-Path $Iscc)) { Fail "ISCC.exe not found at -Iscc '$Iscc'." }
        return (Resolve-Path $Iscc).Path
    }
    $onPath = Get-Command "ISCC.exe" -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Source }
    $candidates = @()
    if (${env:ProgramFiles(x86)}) { $candidates += Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
    if ($env:ProgramFiles) { $candidates += Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe" }
    if ($env:LOCALAPPDATA) { $candidates += Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe" }
    foreach ($c in $candidates) {
        if (Test-Path $c) { return $c }
    }
    Fail ("Inno Setup 6 (ISCC.exe) not found. Install Inno Setup $MinInnoVersion or newer, " +
          "or pass -Iscc 'C:\path\to\ISCC.exe', or use -SkipInstaller.")
}

function Find-SignTool {
    $onPath = Get-Command "signtool.exe" -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Source }
    $kits = Join-Path ${env:ProgramFiles(x86)} "Windows Kits\10\bin"
    if (Test-Path $kits) {
        $found = Get-ChildItem -Path $kits -Recurse -Filter "signtool.exe" -ErrorAction SilentlyContinue |
            Where-Object { $_.FullName -match "\\x64\\" } |
            Sort-Object FullName -Descending | Select-Object -First 1
        if ($found) { return $found.FullName }
    }
    Fail "signtool.exe not found: install the Windows SDK signing tools, or leave out -SignThumbprint."
}

function Invoke-Sign([string[]]$Files) {
    $signtool = Find-SignTool
    foreach ($f in $Files) {
        Invoke-Native "Signing $f" $signtool @("sign", "/sha1", $SignThumbprint, "/fd", "SHA256",
            "/tr", $TimestampUrl, "/td", "SHA256", "/d", "So Thiet Bi", $f)
    }
}

if ($SignThumbprint -and -not $TimestampUrl) {
    Fail "-SignThumbprint needs -TimestampUrl (the RFC 3161 timestamp server of your certificate vendor)."
}
if (-not (Test-Path (Join-Path $Root "pyproject.toml"))) {
    Fail "pyproject.toml not found in ${Root}: keep build.ps1 in the installer\ folder of the project."
}
Set-Location $Root

# ---------------------------------------------------------------------------------------
Step "Checking Python"
if ($Python) {
    $PyExe = $Python; $PyArgs = @()
} elseif (Get-Command "py" -ErrorAction SilentlyContinue) {
    $PyExe = "py"; $PyArgs = @("-3.11")
} elseif (Get-Command "python" -ErrorAction SilentlyContinue) {
    $PyExe = "python"; $PyArgs = @()
} else {
    Fail "Python 3.11 not found. Install 64-bit Python 3.11 from python.org, or pass -Python C:\path\to\python.exe."
}
$pyInfo = & $PyExe @PyArgs -c "import sys, struct; print('%d.%d %d' % (sys.version_info[0], sys.version_info[1], struct.calcsize('P') * 8))"
if ($LASTEXITCODE -ne 0 -or -not $pyInfo) { Fail "Could not run Python ($PyExe $($PyArgs -join ' '))." }
$pyVersion, $pyBits = "$pyInfo".Trim().Split(" ")
if ($pyVersion -ne "3.11") {
    Fail "Python $pyVersion found, but constraints.txt is pinned for Python 3.11. Pass -Python with a Python 3.11."
}
if ($pyBits -ne "64") {
    Fail "32-bit Python found: PySide6 (Qt 6) needs 64-bit Python 3.11."
}
Write-Host "Python $pyVersion, $pyBits-bit: $PyExe $($PyArgs -join ' ')"

# ---------------------------------------------------------------------------------------
Step "Creating the build venv ($Venv)"
if ((Test-Path $Venv) -and -not $ReuseVenv) {
    Remove-Item -Recurse -Force $Venv
}
if (-not (Test-Path $VenvPython)) {
    Invoke-Native "Creating the venv" $PyExe ($PyArgs + @("-m", "venv", $Venv))
}

Step "Installing the app with the pinned constraints, and PyInstaller $PyInstallerVersion"
Invoke-Native "Upgrading pip" $VenvPython @("-m", "pip", "install", "--upgrade", "pip")
Invoke-Native "pip install -c constraints.txt ." $VenvPython @("-m", "pip", "install", "-c", "constraints.txt", ".",
    "pyinstaller==$PyInstallerVersion", "pyinstaller-hooks-contrib==$HooksContribVersion")
$appVersion = & $VenvPython -c "import app; print(app.__version__)"
if ($LASTEXITCODE -ne 0 -or -not $appVersion) { Fail "The installed package does not import (python -c 'import app')." }
$appVersion = "$appVersion".Trim()
if ($appVersion -notmatch '^\d+(\.\d+){0,3}$') {
    Fail "app.__version__ '$appVersion' is not numbers only (x.y.z): Windows version resources and Inno Setup need that."
}
Write-Host "So Thiet Bi version $appVersion"

# ---------------------------------------------------------------------------------------
$translations = Join-Path $Root "tools\update_translations.py"
if (Test-Path $translations) {
    Step "Compiling the translations (tools\update_translations.py)"
    Invoke-Native "Compiling the translations" $VenvPython @($translations)
    & $VenvPython $translations --check | Out-Null
    if ($LASTEXITCODE -ne 0) {
        Write-Warning "Some messages are not translated yet; they will show in English (tools\update_translations.py --check lists them)."
    }
} else {
    Write-Warning "tools\update_translations.py not found: using the .qm files already in resources\translations."
}
if (-not (Get-ChildItem (Join-Path $Root "resources\translations") -Filter "*.qm" -ErrorAction SilentlyContinue)) {
    Fail "No compiled translations (*.qm) in resources\translations."
}

# ---------------------------------------------------------------------------------------
Step "PyInstaller (installer\sotb.spec) -> dist\SoThietBi"
Invoke-Native "PyInstaller" $VenvPython @("-m", "PyInstaller", "--noconfirm", "--clean",
    "--distpath", (Join-Path $Root "dist"), "--workpath", (Join-Path $Root "build\pyinstaller"), $Spec)
$guiExe = Join-Path $DistApp "SoThietBi.exe"
$cliExe = Join-Path $DistApp "sotb.exe"
foreach ($exe in @($guiExe, $cliExe)) {
    if (-not (Test-Path $exe)) { Fail "PyInstaller did not produce $exe." }
}

Step "Smoke test of the frozen program"
$printed = & $cliExe --version
if ($LASTEXITCODE -ne 0) { Fail "sotb.exe --version failed (exit code $LASTEXITCODE)." }
if ("$printed".Trim() -ne "sotb $appVersion") { Fail "sotb.exe --version printed '$printed', expected 'sotb $appVersion'." }
# Opens (and so creates and migrates) a throw-away register: proves that the Alembic
# migrations and SQLite made it into the bundle. Never the real register.
$smokeDir = Join-Path ([System.IO.Path]::GetTempPath()) ("sotb-smoke-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $smokeDir | Out-Null
try {
    Invoke-Native "sotb.exe info on a new register" $cliExe @("info", "--db", (Join-Path $smokeDir "smoke.sqlite"))
} finally {
    Remove-Item -Recurse -Force $smokeDir -ErrorAction SilentlyContinue
}
Write-Host "Frozen program starts, migrates a new register and reads it."

if ($SignThumbprint) {
    Step "Signing the program files"
    Invoke-Sign @($guiExe, $cliExe)
}

if ($SkipInstaller) {
    Write-Host ""
    Write-Host "Done (no installer, -SkipInstaller): $DistApp" -ForegroundColor Green
    exit 0
}

# ---------------------------------------------------------------------------------------
Step "Inno Setup (installer\sotb.iss)"
$isccPath = Find-Iscc
$innoVersion = (Get-Item $isccPath).VersionInfo.ProductVersion
if ($innoVersion -and ($innoVersion -match '^(\d+\.\d+(\.\d+)?)')) {
    if ([version]$Matches[1] -lt $MinInnoVersion) {
        Fail "Inno Setup $innoVersion found at $isccPath; sotb.iss needs $MinInnoVersion or newer."
    }
}
Write-Host "ISCC: $isccPath ($innoVersion)"
Invoke-Native "Inno Setup compiler" $isccPath @("/Q", "/DAppVersion=$appVersion", "/DDistDir=$DistApp",
    "/DOutputDir=$(Join-Path $Root 'dist')", $Iss)
$setup = Join-Path $Root "dist\SoThietBi-Setup-$appVersion.exe"
if (-not (Test-Path $setup)) { Fail "Inno Setup did not produce $setup." }

if ($SignThumbprint) {
    Step "Signing the installer"
    Invoke-Sign @($setup)
}

$sizeMb = [math]::Round((Get-Item $setup).Length / 1MB, 1)
Write-Host ""
Write-Host "Done: $setup ($sizeMb MB)" -ForegroundColor Green
