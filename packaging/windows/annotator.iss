; Inno Setup script of the Windows installer: a per-user install (no administrator
; rights asked), a Start-menu entry, an uninstaller in "Installed apps". Compiled by the release
; workflow (.github/workflows/release.yml) after PyInstaller has built dist\annotator\:
;
;     iscc /DAppVersion=<version> /DSourceDir=dist\annotator /DOutputDir=dist packaging\windows\annotator.iss
;
; Needs Inno Setup 6.3 or newer (x64compatible). Paths are relative to this file's folder.
; The user's data lives in %LOCALAPPDATA%\factcheck-annotator (platformdirs): the uninstaller
; never touches it.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\annotator"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6F1B7C2E-4D0A-4C8E-9B57-2E3A9D8F1C40}
AppName=Fact-Check Annotator
AppVersion={#AppVersion}
AppVerName=Fact-Check Annotator {#AppVersion}
AppPublisher=Fact-Check Annotator team
AppComments=Offline annotator of claims, entities and verdicts in news articles
; Per user: %LOCALAPPDATA%\Programs\Fact-Check Annotator ({autopf} with lowest privileges).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\Fact-Check Annotator
DefaultGroupName=Fact-Check Annotator
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
Uninstallable=yes
UninstallDisplayName=Fact-Check Annotator
UninstallDisplayIcon={app}\Fact-Check Annotator.exe
OutputDir={#OutputDir}
OutputBaseFilename=FactCheck-Annotator-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "ukrainian"; MessagesFile: "compiler:Languages\Ukrainian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The one folder PyInstaller made: annotator.exe (console: the command line, --self-test),
; Fact-Check Annotator.exe (windowed: the Start menu) and _internal\ which both share.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Fact-Check Annotator"; Filename: "{app}\Fact-Check Annotator.exe"; Comment: "Annotate claims, entities and verdicts in news articles"
Name: "{group}\{cm:UninstallProgram,Fact-Check Annotator}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\Fact-Check Annotator"; Filename: "{app}\Fact-Check Annotator.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Fact-Check Annotator.exe"; Description: "{cm:LaunchProgram,Fact-Check Annotator}"; Flags: nowait postinstall skipifsilent

