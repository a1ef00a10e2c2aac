# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries every compile setting, so each library, executable
# and test is built the same way.
add_library(eventdesk_settings INTERFACE)
target_compile_features(eventdesk_settings INTERFACE cxx_std_20)
target_compile_definitions(eventdesk_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_STRICT_ITERATORS
    EVENTDESK_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(eventdesk_settings INTERFACE /W4 /permissive- /utf-8)
    if(EVENTDESK_WARNINGS_AS_ERRORS)
        target_compile_options(eventdesk_settings INTERFACE /WX)
    endif()
else()
    target_compile_options(eventdesk_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-qual
        -Woverloaded-virtual -Wimplicit-fallthrough)
    if(EVENTDESK_WARNINGS_AS_ERRORS)
        target_compile_options(eventdesk_settings INTERFACE -Werror)
        # GCC 12's maybe-uninitialized misfires on std::optional at -O2 (GCC bug 80635);
        # it stays a warning, not an error.
        if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
            target_compile_options(eventdesk_settings INTERFACE -Wno-error=maybe-uninitialized)
        endif()
    endif()
    if(EVENTDESK_SANITIZE)
        target_compile_options(eventdesk_settings INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(eventdesk_settings INTERFACE -fsanitize=address,undefined)
    endif()
endif()
