; Inno Setup script for Sổ Thiết Bị (Windows 10/11, 64-bit).
; Needs Inno Setup 6.3 or newer (x64compatible). installer\build.ps1 runs it after PyInstaller:
;     ISCC.exe /DAppVersion=0.1.0 installer\sotb.iss
; Input: dist\SoThietBi\ (PyInstaller one-folder build). Output: dist\SoThietBi-Setup-<version>.exe
;
; ======================= THE OFFICER'S REGISTER IS NEVER TOUCHED ==========================
; The register (register.sqlite) and its automatic backups (backups\ beside it) live in the
; user's data folder %LOCALAPPDATA%\SoThietBi (app/paths.py: platformdirs, app name
; "SoThietBi"), not in the program folder. Setup installs only program files into {app};
; uninstall removes only those program files and shortcuts, and LEAVES THE DATA FOLDER.
; So: no [Dirs], [InstallDelete] or [UninstallDelete] entry, and no [Code], may create,
; empty or delete {localappdata}\SoThietBi or anything in it.
; tests/test_installer_files.py checks the sections; [Code] below even refuses to install
; the program into the data folder, because upgrades clean {app}\_internal.
; ===========================================================================================

; The version comes from app/__init__.py: build.ps1 passes /DAppVersion=<app.__version__>.
; The default below must equal app.__version__ (the tests check it). Numbers only (x.y.z):
; Windows version resources cannot hold "rc1" or similar.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Sổ Thiết Bị"
#define AppExeName "SoThietBi.exe"
; Folder names stay ASCII: old tools, zip programs and antivirus cope better.
#define AppFolderName "SoThietBi"
#ifndef DistDir
  #define DistDir AddBackslash(SourcePath) + "..\dist\SoThietBi"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\dist"
#endif

#if !FileExists(AddBackslash(DistDir) + AppExeName)
  #error PyInstaller output not found: run installer\build.ps1 (or pyinstaller installer\sotb.spec) first so that dist\SoThietBi\SoThietBi.exe exists.
#endif

[Setup]
; AppId identifies the program for upgrades and uninstall: never change it.
AppId={{16BFD4DA-E8C4-416E-BB24-03977D2BBD72}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per-user install by default: no administrator password needed on a school PC.
; {autopf} is then %LOCALAPPDATA%\Programs; an administrator can still choose "all users".
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppFolderName}
; The Start menu entry goes straight into the Start menu (no folder): no group page.
DisableProgramGroupPage=yes
; PySide6 (Qt 6) is 64-bit only and needs Windows 10 1809 or newer.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
WizardStyle=modern
; Pick the setup language from the regional format, not the display language: many school
; PCs run an English Windows set to Vietnam. Neither vi nor en: Setup asks, Vietnamese first.
LanguageDetectionMethod=locale
ShowLanguageDialog=auto
; Close a running Sổ Thiết Bị before replacing its files (the register is saved as it goes).
CloseApplications=yes
RestartApplications=no
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExeName}
OutputDir={#OutputDir}
OutputBaseFilename=SoThietBi-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
#if FileExists(AddBackslash(SourcePath) + "..\resources\icons\sotb.ico")
SetupIconFile=..\resources\icons\sotb.ico
#endif

[Languages]
; Inno Setup 6 has no official Vietnamese translation in the versions we know (6.4 ships
; none; one exists among the unofficial translations). sotb-vi.isl is this project's own
; Vietnamese for the pages an officer sees, on top of English. If the compiler does have a
; Languages\Vietnamese.isl, it fills in the rest, and ours still wins for the pages we name.
; Vietnamese is listed first: it is the default when Windows' language matches neither.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Vietnamese.isl")
Name: "vi"; MessagesFile: "compiler:Default.isl,compiler:Languages\Vietnamese.isl,sotb-vi.isl"
#else
Name: "vi"; MessagesFile: "compiler:Default.isl,sotb-vi.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Messages]
; Uninstall says out loud that the register stays.
vi.ConfirmUninstall=Gỡ %1 khỏi máy tính?%n%nSổ thiết bị và các bản sao lưu trong thư mục dữ liệu (AppData\Local\SoThietBi) được GIỮ NGUYÊN, không bị xóa.
vi.UninstalledAll=Đã gỡ %1 khỏi máy tính.%n%nSổ thiết bị của bạn vẫn còn trong thư mục AppData\Local\SoThietBi. Cài lại Sổ Thiết Bị là mở được ngay.
en.ConfirmUninstall=Remove %1 from this computer?%n%nYour register and its backups in the data folder (AppData\Local\SoThietBi) are KEPT, not deleted.
en.UninstalledAll=%1 was removed from this computer.%n%nYour register is still in AppData\Local\SoThietBi; reinstall Sổ Thiết Bị to open it again.

[CustomMessages]
vi.DataFolderNotAllowed=Không thể cài chương trình vào thư mục dữ liệu của sổ thiết bị:%n%n%1%n%nHãy chọn thư mục khác.
en.DataFolderNotAllowed=The program cannot be installed into the register's data folder:%n%n%1%n%nPlease choose another folder.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; On upgrade, clear the previous version's program files first so that no stale Qt or
; Python file is mixed with the new ones. Program folder only: the data folder is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "{#AppName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "{#AppName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ Read-only use of the data folder: only to refuse installing the program into it. }
function DataFolder: String;
begin
  Result := ExpandConstant('{localappdata}\{#AppFolderName}');
end;

function IsSameOrInside(const Path, Folder: String): Boolean;
var
  P, F: String;
begin
  P := AddBackslash(Lowercase(ExpandFileName(Path)));
  F := AddBackslash(Lowercase(ExpandFileName(Folder)));
  Result := Copy(P, 1, Length(F)) = F;
end;

function NextButtonClick(CurPageID: Integer): Boolean;
begin
  Result := True;
  { A silent install never sees this page: PrepareToInstall below stops it instead. }
  if (CurPageID = wpSelectDir) and (not WizardSilent) and
     IsSameOrInside(WizardDirValue, DataFolder) then
  begin
    SuppressibleMsgBox(FmtMessage(CustomMessage('DataFolderNotAllowed'), [DataFolder]),
      mbError, MB_OK, IDOK);
    Result := False;
  end;
end;

{ Also for silent installs with /DIR=...: Setup stops with this message. }
function PrepareToInstall(var NeedsRestart: Boolean): String;
begin
  Result := '';
  if IsSameOrInside(ExpandConstant('{app}'), DataFolder) then
    Result := FmtMessage(CustomMessage('DataFolderNotAllowed'), [DataFolder]);
end;
