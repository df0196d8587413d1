; Retention Desktop - Windows installer (NSIS 3, Modern UI 2).
;
; Per-user install (no administrator rights needed, like a shop owner's laptop expects):
; program files go to %LOCALAPPDATA%\Programs\Retention Desktop, a Start menu shortcut,
; ".duckdb" project files open with the app, "Apps & features" lists it. The uninstaller
; removes only what the installer put there: projects, settings and per-user data in
; %APPDATA%\RetentionDesktop (core/paths.py user_data_dir) are never touched.
;
; Build (Windows CI; on Linux packaging/windows/check_nsis.sh compiles it with a placeholder):
;   makensis /DVERSION=0.1.0 /DSOURCE_DIR=<bundle folder> /DOUTFILE=<setup.exe> installer.nsi
; SOURCE_DIR is PyInstaller's packaging\dist\RetentionDesktop (RetentionDesktop.exe,
; retention-desktop.exe, _internal\). Silent: setup.exe /S [/D=C:\path], Uninstall.exe /S.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "Pass the version: makensis /DVERSION=x.y.z installer.nsi"
!endif
!ifndef SOURCE_DIR
  !define SOURCE_DIR "..\dist\RetentionDesktop"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\dist\RetentionDesktop-${VERSION}-setup.exe"
!endif
!ifndef ICON
  !define ICON "..\..\resources\icons\retention-desktop.ico"
!endif

!define APP "Retention Desktop"
!define GUI_EXE "RetentionDesktop.exe"
!define CLI_EXE "retention-desktop.exe"
!define PROGID "RetentionDesktop.Project"
!define EXT ".duckdb"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\RetentionDesktop"
!define SHCNE_ASSOCCHANGED 0x08000000
!define SHCNF_IDLIST 0

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
RequestExecutionLevel user
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APP}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "MIT licence"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${GUI_EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The installer speaks the user's Windows display language when it is one of these.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Farsi"
!insertmacro MUI_LANGUAGE "Arabic"

Function RefreshShellAssociations
  System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i ${SHCNF_IDLIST}, p 0, p 0)'
FunctionEnd

Function un.RefreshShellAssociations
  System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i ${SHCNF_IDLIST}, p 0, p 0)'
FunctionEnd

Section "Install"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; Upgrade in place: drop the previous version's libraries so no stale file survives.
  RMDir /r "$INSTDIR\_internal"
  File "${SOURCE_DIR}\${GUI_EXE}"
  File "${SOURCE_DIR}\${CLI_EXE}"
  File /r "${SOURCE_DIR}\_internal"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0

  ; Project files (*.rdproj.duckdb and any *.duckdb) open with the app. Windows keys on
  ; the last extension only. Become the default only if no other program owns .duckdb;
  ; always appear in "Open with".
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "${APP} project"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\${GUI_EXE},0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${GUI_EXE}" "%1"'
  WriteRegStr HKCU "Software\Classes\${EXT}\OpenWithProgids" "${PROGID}" ""
  ReadRegStr $0 HKCU "Software\Classes\${EXT}" ""
  ${If} $0 == ""
    WriteRegStr HKCU "Software\Classes\${EXT}" "" "${PROGID}"
  ${EndIf}
  WriteRegStr HKCU "Software\Classes\Applications\${GUI_EXE}\SupportedTypes" "${EXT}" ""
  WriteRegStr HKCU "Software\Classes\Applications\${GUI_EXE}\shell\open\command" "" '"$INSTDIR\${GUI_EXE}" "%1"'
  Call RefreshShellAssociations

  ; Apps & features entry.
  ${GetSize} "$INSTDIR" "/S=0K" $1 $2 $3
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "Retention Desktop"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${GUI_EXE},0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" $1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  ; Only the installer's own files: a folder the user chose may hold other things.
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP}.lnk"

  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegKey HKCU "Software\Classes\Applications\${GUI_EXE}"
  DeleteRegValue HKCU "Software\Classes\${EXT}\OpenWithProgids" "${PROGID}"
  ReadRegStr $0 HKCU "Software\Classes\${EXT}" ""
  ${If} $0 == "${PROGID}"
    DeleteRegValue HKCU "Software\Classes\${EXT}" ""
  ${EndIf}
  DeleteRegKey /ifempty HKCU "Software\Classes\${EXT}\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "Software\Classes\${EXT}"
  Call un.RefreshShellAssociations

  DeleteRegKey HKCU "${UNINST_KEY}"
  ; Deliberately kept: %APPDATA%\RetentionDesktop (projects, demo shop, logs) and the
  ; app's settings under HKCU\Software\RetentionDesktop. They survive upgrades and a
  ; later reinstall; the user deletes them by hand if they want them gone.
SectionEnd
