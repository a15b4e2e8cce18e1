# One INTERFACE target carries the language level, warnings and Qt safety defines for every
# target in the project (qBittorrent's approach): link it instead of repeating flags.
add_library(lineup_options INTERFACE)
target_compile_features(lineup_options INTERFACE cxx_std_20)
target_compile_definitions(lineup_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    # QT_NO_CONTEXTLESS_CONNECT arrives with Qt 6.7; defining it is harmless before that and
    # takes effect as soon as a newer Qt is used.
    QT_NO_CONTEXTLESS_CONNECT
    LINEUP_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(lineup_options INTERFACE -Wall -Wextra -Wpedantic
        -Wnon-virtual-dtor -Woverloaded-virtual -Wimplicit-fallthrough)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(lineup_options INTERFACE -Wshadow=local)
    endif()
    if(LINEUP_WERROR)
        target_compile_options(lineup_options INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(lineup_options INTERFACE /W4 /permissive- /utf-8)
endif()
