; Inno Setup script: a per-user Windows installer around the PyInstaller one-folder build.
; Run on Windows after `pyinstaller --noconfirm packaging\ballotdesk.spec`:
;   iscc packaging\windows\ballotdesk.iss
; Produces dist\BallotDesk-Setup.exe (no administrator rights needed; installs to %LOCALAPPDATA%).
#define AppVersion "0.1.0"

[Setup]
AppId={{6C1D7C0E-5E7B-4F5B-9B0C-0BA110DE5C01}
AppName=BallotDesk
AppVersion={#AppVersion}
AppPublisher=BallotDesk
DefaultDirName={localappdata}\Programs\BallotDesk
DefaultGroupName=BallotDesk
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=BallotDesk-Setup
SetupIconFile=..\..\resources\icons\ballotdesk.ico
Compression=lzma2
SolidCompression=yes
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "welsh"; MessagesFile: "compiler:Languages\Welsh.isl"

[Files]
Source: "..\..\dist\BallotDesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\BallotDesk"; Filename: "{app}\ballotdesk.exe"
Name: "{userdesktop}\BallotDesk"; Filename: "{app}\ballotdesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"

[Registry]
Root: HKCU; Subkey: "Software\Classes\.ballotdesk"; ValueType: string; ValueData: "BallotDesk.Meeting"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\BallotDesk.Meeting\shell\open\command"; ValueType: string; ValueData: """{app}\ballotdesk.exe"" ""%1"""; Flags: uninsdeletekey

[Run]
Filename: "{app}\ballotdesk.exe"; Parameters: "--smoke-test"; Flags: runhidden; StatusMsg: "Checking the installation..."
