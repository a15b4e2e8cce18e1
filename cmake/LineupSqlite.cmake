# Bulk writes (imports) may call SQLite's C API on the connection QtSql opened
# (QSqlDriver::handle()), which skips QtSql's per-value copies and UTF-16 round trip. That is only
# safe when Qt's SQLite driver uses the very libsqlite3 we link: a driver with SQLite built in
# (Qt's own installers ship one) would hand us a handle from another copy of the library. So the
# C API is used only when the driver is seen to link the system libsqlite3; otherwise the same
# statements run through QtSql, slower but correct.
option(LINEUP_SQLITE_C_API "Bulk writes through SQLite's C API when Qt's driver shares it" ON)

set(LINEUP_USE_SQLITE_C_API OFF)
if(LINEUP_SQLITE_C_API AND CMAKE_OBJDUMP)
    find_package(SQLite3)
    # Distributions do not always install the plugin's CMake target; the file is what matters.
    if(TARGET Qt6::QSQLiteDriverPlugin)
        get_target_property(LINEUP_QSQLITE_DRIVER Qt6::QSQLiteDriverPlugin LOCATION)
    else()
        find_file(LINEUP_QSQLITE_DRIVER NAMES libqsqlite.so NO_DEFAULT_PATH
                  PATHS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}/sqldrivers")
    endif()
    if(SQLite3_FOUND AND LINEUP_QSQLITE_DRIVER AND EXISTS "${LINEUP_QSQLITE_DRIVER}")
        execute_process(COMMAND "${CMAKE_OBJDUMP}" -p "${LINEUP_QSQLITE_DRIVER}"
                        OUTPUT_VARIABLE _lineup_qsqlite_headers ERROR_QUIET)
        if(_lineup_qsqlite_headers MATCHES "NEEDED[ \t]+libsqlite3\\.so")
            set(LINEUP_USE_SQLITE_C_API ON)
        endif()
    endif()
endif()

if(LINEUP_USE_SQLITE_C_API)
    message(STATUS "Lineup: bulk writes use SQLite's C API (${SQLite3_VERSION})")
else()
    message(STATUS "Lineup: bulk writes go through QtSql (Qt's SQLite driver does not visibly "
                   "share the system libsqlite3, or libsqlite3-dev is missing)")
endif()

function(lineup_link_sqlite target)
    if(LINEUP_USE_SQLITE_C_API)
        target_link_libraries(${target} PRIVATE SQLite::SQLite3)
        target_compile_definitions(${target} PRIVATE LINEUP_USE_SQLITE_C_API)
    endif()
endfunction()
