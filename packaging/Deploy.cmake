# Install-time deployment for Windows and macOS (Linux packages use the system's Qt). Included
# from app/CMakeLists.txt after the lineup and lineup-cli targets exist.
if(WIN32)
    find_program(LINEUP_WINDEPLOYQT windeployqt windeployqt6
        HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" "${QT6_INSTALL_PREFIX}/tools/Qt6/bin" # Qt installer; vcpkg
        REQUIRED)
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
        HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" "${QT6_INSTALL_PREFIX}/tools/Qt6/bin" # Qt installer; vcpkg
        REQUIRED)
    # Set LINEUP_CODESIGN_IDENTITY ("Developer ID Application: ...") to sign (for notarisation).
    set(LINEUP_CODESIGN_IDENTITY "" CACHE STRING "macOS code-signing identity")
    set(qt_translations "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}")
    # Frameworks, plugins and every non-system dylib (QtKeychain) into the bundle, for the app
    # and the CLI inside it; then Qt's Japanese and Chinese translations (standard buttons,
    # text-field menus), which macdeployqt leaves out, and only then the signature, which
    # covers them.
    install(CODE "
        set(app \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/Lineup.app\")
        execute_process(COMMAND \"${LINEUP_MACDEPLOYQT}\" \"\${app}\" -always-overwrite
                \"-executable=\${app}/Contents/MacOS/lineup-cli\"
            COMMAND_ERROR_IS_FATAL ANY)
        foreach(lang ja zh_CN)
            if(EXISTS \"${qt_translations}/qtbase_\${lang}.qm\")
                file(COPY \"${qt_translations}/qtbase_\${lang}.qm\"
                    DESTINATION \"\${app}/Contents/Resources/translations\")
            endif()
        endforeach()
        # qt.conf ends in its [Paths] group; QLibraryInfo looks there for translations.
        file(APPEND \"\${app}/Contents/Resources/qt.conf\" \"Translations = Resources/translations\\n\")
        if(NOT \"${LINEUP_CODESIGN_IDENTITY}\" STREQUAL \"\")
            execute_process(COMMAND codesign --force --deep --options runtime --timestamp
                    --sign \"${LINEUP_CODESIGN_IDENTITY}\" \"\${app}\"
                COMMAND_ERROR_IS_FATAL ANY)
        endif()")
endif()
