# CPack: `cpack -G DEB` from the build directory. AppImage and Flatpak recipes live beside this
# file (they need downloads that this project's build machines cannot make).
set(CPACK_PACKAGE_NAME "lineup")
set(CPACK_PACKAGE_VENDOR "The Lineup developers")
set(CPACK_PACKAGE_CONTACT "Lineup developers <lineup@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
# Loaded at run time, so shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6sql6-sqlite, libsqlite3-0, libqt6svg6")
include(CPack)
