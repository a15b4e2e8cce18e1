# CPack: `cpack -G DEB` from the build directory (checked with lintian by scripts/run-tests.sh);
# `cpack -G NSIS` / `-G WIX` on Windows and `-G DragNDrop` on macOS, whose install step deploys
# Qt (packaging/Deploy.cmake). Exact commands: packaging/README.md.
set(CPACK_PACKAGE_NAME "lineup")
set(CPACK_PACKAGE_VENDOR "The Lineup developers")
set(CPACK_PACKAGE_CONTACT "Lineup developers <lineup@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Lineup")
# Start-menu shortcut (NSIS, WiX): bin/lineup.exe, named Lineup.
set(CPACK_PACKAGE_EXECUTABLES "lineup" "Lineup")
set(CPACK_STRIP_FILES ON)

# Debian: the extended description, copyright, changelog and man pages lintian asks for.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Lineup is a small, fast Qt desktop client for services that speak the OpenAI
chat completions API: CometAPI, OpenAI, OpenRouter, a LiteLLM proxy, Ollama,
LM Studio, llama.cpp and vLLM. Answers stream in live with reasoning and tool
calls, every request parameter can be set, conversations are kept in a local
SQLite database with full-text search, export and import, and API keys stay in
the system keychain.
.
The package also contains lineup-cli, a command-line companion on the same
core for scripts. The interface is available in English, Japanese and
Simplified Chinese.")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Loaded at run time, so shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6sql6-sqlite, libsqlite3-0, libqt6svg6")
# Qt's own strings (standard buttons, text-field menus) in Japanese and Chinese; a Secret Service.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager")

if(UNIX AND NOT APPLE)
    # Debian wants these compressed, without a timestamp in the gzip header (gzip -n).
    find_program(LINEUP_GZIP gzip REQUIRED)
    set(LINEUP_PACKAGE_DOCS)
    foreach(source IN ITEMS packaging/man/lineup.1 packaging/man/lineup-cli.1
                           packaging/debian/changelog)
        get_filename_component(name ${source} NAME)
        set(output ${CMAKE_BINARY_DIR}/packaging/${name}.gz)
        add_custom_command(OUTPUT ${output}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging
            COMMAND sh -c "'${LINEUP_GZIP}' -9nc '${PROJECT_SOURCE_DIR}/${source}' > '${output}'"
            DEPENDS ${PROJECT_SOURCE_DIR}/${source} VERBATIM)
        list(APPEND LINEUP_PACKAGE_DOCS ${output})
    endforeach()
    add_custom_target(lineup_package_docs ALL DEPENDS ${LINEUP_PACKAGE_DOCS})
    install(FILES ${CMAKE_BINARY_DIR}/packaging/lineup.1.gz
                  ${CMAKE_BINARY_DIR}/packaging/lineup-cli.1.gz
            DESTINATION share/man/man1)
    install(FILES ${CMAKE_BINARY_DIR}/packaging/changelog.gz
                  ${PROJECT_SOURCE_DIR}/packaging/debian/copyright
            DESTINATION share/doc/lineup)
endif()

if(WIN32)
    set(CPACK_GENERATOR "NSIS;WIX")
    set(CPACK_NSIS_DISPLAY_NAME "Lineup")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/lineup.ico")
    set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/packaging/windows/lineup.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\lineup.exe")
    set(CPACK_NSIS_MODIFY_PATH ON) # offers to put lineup-cli on PATH
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # Fixed forever: Windows Installer recognises upgrades by it.
    set(CPACK_WIX_UPGRADE_GUID "6A3C1B8E-5D2F-4C7A-9E41-0B7D2F8C6E15")
    set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/lineup.ico")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "Lineup")
    set(CPACK_WIX_LICENSE_RTF "${PROJECT_SOURCE_DIR}/packaging/windows/license.rtf")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Lineup ${PROJECT_VERSION}")
    set(CPACK_DMG_FORMAT "UDZO")
endif()
include(CPack)
