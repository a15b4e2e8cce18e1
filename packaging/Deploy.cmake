# Install-time deployment for Windows and macOS (Linux packages use the system's Qt). Included
# from app/CMakeLists.txt after the lineup and lineup-cli targets exist.
if(WIN32)
    find_program(LINEUP_WINDEPLOYQT windeployqt windeployqt6
        HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
    # QtKeychain is no Qt module, so windeployqt leaves it out.
    get_target_property(keychain_type Qt6Keychain::Qt6Keychain TYPE)
    if(keychain_type STREQUAL "SHARED_LIBRARY")
        install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain RUNTIME DESTINATION bin)
    endif()
    # The MSVC runtime DLLs, so no separate redistributable is needed.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
    include(InstallRequiredSystemLibraries)
    # Qt DLLs, platform/style/image/icon/SQL plugins and Qt's translations beside the programs.
    install(CODE "
        set(bin \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin\")
        execute_process(COMMAND \"${LINEUP_WINDEPLOYQT}\" --release --no-compiler-runtime
                --no-opengl-sw --no-system-d3d-compiler
                \"\${bin}/lineup.exe\" \"\${bin}/lineup-cli.exe\"
            COMMAND_ERROR_IS_FATAL ANY)")
elseif(APPLE)
    find_program(LINEUP_MACDEPLOYQT macdeployqt macdeployqt6
        HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
    # Frameworks, plugins and every non-system dylib (QtKeychain) into the bundle, for the app
    # and the CLI inside it. Set LINEUP_CODESIGN_IDENTITY to sign (needed for notarisation).
    set(LINEUP_CODESIGN_IDENTITY "" CACHE STRING "macOS code-signing identity for macdeployqt")
    set(sign_option "")
    if(LINEUP_CODESIGN_IDENTITY)
        set(sign_option "-codesign=${LINEUP_CODESIGN_IDENTITY}" "-hardened-runtime" "-timestamp")
    endif()
    install(CODE "
        set(app \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/Lineup.app\")
        execute_process(COMMAND \"${LINEUP_MACDEPLOYQT}\" \"\${app}\" -always-overwrite
                \"-executable=\${app}/Contents/MacOS/lineup-cli\" ${sign_option}
            COMMAND_ERROR_IS_FATAL ANY)
        # Qt's own translations (standard buttons, line-edit menus) for Japanese and Chinese.
        file(MAKE_DIRECTORY \"\${app}/Contents/Resources/translations\")
        foreach(lang ja zh_CN)
            if(EXISTS \"${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtbase_\${lang}.qm\")
                file(COPY \"${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtbase_\${lang}.qm\"
                    DESTINATION \"\${app}/Contents/Resources/translations\")
            endif()
        endforeach()")
endif()
