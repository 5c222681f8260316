; WellCare: Windows installer (Inno Setup 6.3 or later, for its official Korean.isl).
; Saved as UTF-8 with a BOM (the Korean messages below); keep it that way when editing.
;
; Per-user: installs to %LOCALAPPDATA%\Programs\WellCare without administrator rights, adds a
; Start menu entry, offers "start when I sign in" (the same HKCU Run value the app's own setting
; uses), and on uninstall asks whether to keep the counselor's encrypted vault.
;
; Build on Windows, from the checkout, after PyInstaller made dist\WellCare (installer\wellcare.spec):
;   iscc /DAppVersion=0.1.0 installer\wellcare.iss      ->  dist\installer\WellCare-0.1.0-setup.exe
; Silent install and uninstall flags for IT: installer/DEPLOYMENT.md.

#define AppName "WellCare"
; The same reverse-DNS id as the Linux AppStream metadata (tests/installer checks they agree).
#define AppId "io.github.wellcare.WellCare"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppExe "WellCare.exe"
; wellcare.autostart.RUN_VALUE: the app's "start at login" setting reads and writes this value.
#define RunValue "WellCare"
#define RunKey "Software\Microsoft\Windows\CurrentVersion\Run"
#define SourceDir "..\dist\WellCare"

#if !FileExists(AddBackslash(CompilerPath) + "Languages\Korean.isl")
  #error Inno Setup 6.3 or later is needed: its Languages\Korean.isl is missing
#endif

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The WellCare developers
VersionInfoVersion={#AppVersion}
; Per-user install, no elevation: {autopf} is %LOCALAPPDATA%\Programs, {autoprograms} the user's Start menu.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist\installer
OutputBaseFilename=WellCare-{#AppVersion}-setup
SetupIconFile=wellcare.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; An upgrade closes a running WellCare (Restart Manager) and does not restart it itself.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"

[CustomMessages]
english.StartAtLogin=Start WellCare when I sign in (in the notification area)
korean.StartAtLogin=로그인할 때 웰케어 시작 (알림 영역에서)
english.StartGroup=Start-up:
korean.StartGroup=시작:
english.KeepVault=Keep your WellCare data?%n%nYour encrypted vault (check-ins, notes, settings), its backups and your recovery file are in:%n%1%n%nYes: keep them. Reinstalling WellCare opens them again.%nNo: delete them and the vault key in Windows Credential Manager. This cannot be undone.
korean.KeepVault=웰케어 데이터를 보관하시겠습니까?%n%n암호화된 보관함(마음 점검, 메모, 설정)과 백업, 복구 파일이 다음 위치에 있습니다:%n%1%n%n예: 보관합니다. 웰케어를 다시 설치하면 그대로 열립니다.%n아니요: 데이터와 Windows 자격 증명 관리자의 보관함 키를 삭제합니다. 되돌릴 수 없습니다.
english.DataDeleted=Your WellCare data has been deleted.
korean.DataDeleted=웰케어 데이터를 삭제했습니다.

[Tasks]
Name: "startatlogin"; Description: "{cm:StartAtLogin}"; GroupDescription: "{cm:StartGroup}"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no library from an older version may linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The form wellcare.autostart writes: the frozen exe, then --minimized (start in the tray).
Root: HKCU; Subkey: "{#RunKey}"; ValueType: string; ValueName: "{#RunValue}"; ValueData: """{app}\{#AppExe}"" --minimized"; Tasks: startatlogin

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The vault lives where wellcare.paths puts it: platformdirs.user_data_dir("WellCare", appauthor=False). }
function DataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\{#AppName}');
end;

{ /DELETEDATA on the uninstaller's command line deletes the data without asking (IT, silent). }
function DeleteDataRequested(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/DELETEDATA') = 0 then
      Result := True;
end;

procedure WipeProfiles();
var
  ResultCode: Integer;
begin
  { `wipe --yes` removes a profile's vault, backups, recovery file and its Credential Manager
    entry; the counselor and the coordinator profile each have their own. Then the rest (logs,
    the demo organisation) goes with the folder. }
  Exec(ExpandConstant('{app}\{#AppExe}'), 'wipe --yes', '', SW_HIDE, ewWaitUntilTerminated, ResultCode);
  Exec(ExpandConstant('{app}\{#AppExe}'), '--coordinator wipe --yes', '', SW_HIDE, ewWaitUntilTerminated, ResultCode);
  DelTree(DataDir(), True, True, True);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Keep: Boolean;
begin
  if CurUninstallStep = usUninstall then
  begin
    { Start at login goes, whether the installer or the app's own setting wrote it. }
    RegDeleteValue(HKEY_CURRENT_USER, '{#RunKey}', '{#RunValue}');
    if DirExists(DataDir()) then
    begin
      if DeleteDataRequested() then
        Keep := False
      else
        { Default (and the answer under /SUPPRESSMSGBOXES): keep. Deleting is never the silent choice. }
        Keep := SuppressibleMsgBox(FmtMessage(CustomMessage('KeepVault'), [DataDir()]),
          mbConfirmation, MB_YESNO or MB_DEFBUTTON1, IDYES) <> IDNO;
      if not Keep then
      begin
        { Still in usUninstall: the app's files are there, so its own wipe command can run. }
        WipeProfiles();
        if not UninstallSilent() then
          MsgBox(CustomMessage('DataDeleted'), mbInformation, MB_OK);
      end;
    end;
  end;
end;
