; Inno Setup script for the Windows installer, run by packaging/build.py after PyInstaller:
; iscc /DAppVersion=X /DSourceDir=dist\Casebook /Odist packaging\windows\casebook.iss
; It installs for the current user (no administrator rights: managed laptops) and registers
; .casebook course packs, which open in Casebook with a double-click.
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\Casebook"
#endif

[Setup]
AppId={{6C1B7C52-93E4-4C1D-9F49-0B7E3F2B8A41}
AppName=Casebook
AppVersion={#AppVersion}
AppPublisher=Casebook
AppComments=An offline library of public-sector innovation case studies
DefaultDirName={autopf}\Casebook
DefaultGroupName=Casebook
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputBaseFilename=Casebook-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\Casebook.exe

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; Casebook.exe (the window), casebook.com (the command line) and _internal\
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Casebook"; Filename: "{app}\Casebook.exe"
Name: "{autodesktop}\Casebook"; Filename: "{app}\Casebook.exe"; Tasks: desktopicon

[Registry]
; .casebook -> Casebook.Pack, opened by `Casebook.exe open "%1"` (the running window takes it)
Root: HKA; Subkey: "Software\Classes\.casebook"; ValueType: string; ValueName: ""; ValueData: "Casebook.Pack"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.casebook\OpenWithProgids"; ValueType: string; ValueName: "Casebook.Pack"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Casebook.Pack"; ValueType: string; ValueName: ""; ValueData: "Casebook course pack"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Casebook.Pack\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Casebook.exe,0"
Root: HKA; Subkey: "Software\Classes\Casebook.Pack\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Casebook.exe"" open ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\Casebook.exe\SupportedTypes"; ValueType: string; ValueName: ".casebook"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\Casebook.exe"; Description: "{cm:LaunchProgram,Casebook}"; Flags: nowait postinstall skipifsilent
