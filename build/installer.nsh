; Included by electron-builder's NSIS installer (build/electron-builder.yml: nsis.include).
; electron-builder's `protocols` reaches macOS (Info.plist) and Linux (.desktop MimeType) only; on
; Windows the installer must register journey:// itself, so a clicked join link starts the
; installed Journey even before its first run (the app also registers itself at run time).
; SHCTX is HKCU for a per-user install and HKLM for a per-machine one, as electron-builder sets it.

!macro customInstall
  WriteRegStr SHCTX "Software\Classes\journey" "" "URL:Journey live session"
  WriteRegStr SHCTX "Software\Classes\journey" "URL Protocol" ""
  WriteRegStr SHCTX "Software\Classes\journey\DefaultIcon" "" "$appExe,0"
  WriteRegStr SHCTX "Software\Classes\journey\shell\open\command" "" '"$appExe" "%1"'
!macroend

!macro customUnInstall
  ; ($appExe is set by the install section only; the uninstaller runs from $INSTDIR.)
  ; Only our own registration: leave the key alone if another program took journey:// over.
  ReadRegStr $0 SHCTX "Software\Classes\journey\shell\open\command" ""
  StrCmp $0 '"$INSTDIR\${APP_EXECUTABLE_FILENAME}" "%1"' 0 +2
    DeleteRegKey SHCTX "Software\Classes\journey"
!macroend
