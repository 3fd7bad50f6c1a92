; Inno Setup script: a Windows installer from the onedir bundle dist\planner\.
;
;   pyinstaller --noconfirm planner.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\planner.iss     -> dist\planner-0.1.0-setup.exe
;
; Installs per machine (or per user, if the user chooses) into Program Files\Planner,
; adds Start menu and optional desktop shortcuts, and registers .plandb files
; (ProgID Planner.Project) to open in Planner; the uninstaller removes all of it.
; Not built or run in CI (no Windows there): keep it small and conventional.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Planner"
#define AppExe "planner.exe"
#define ProgId "Planner.Project"

[Setup]
AppId={{6C0D3F5E-2B7A-4E4B-9C1E-5A0F3D8B7E21}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Planner maintainers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=planner-{#AppVersion}-setup
SetupIconFile=resources\icons\planner.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\planner\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .plandb -> Planner.Project -> "planner.exe" "%1", removed again on uninstall.
Root: HKA; Subkey: "Software\Classes\.plandb"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.plandb"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-planner-project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.plandb\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Planner project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".plandb"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
