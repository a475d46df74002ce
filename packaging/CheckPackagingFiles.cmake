# Checks the generated and copied packaging files against their sources (run with cmake -P):
#  - the SVGs in resources/icons are exact copies of packaging/icons (render-icons.sh copies them),
#  - every PNG the GUI and the hicolor install need exists and has the pixel size in its name,
#  - the metainfo has a <release> entry for the project version (bumping the version without
#    release notes would ship stale AppStream data).
# Inputs: ICON_SOURCE_DIR ICON_RENDER_DIR APP_ICON_SIZES TRAY_STATES METAINFO VERSION.
cmake_minimum_required(VERSION 3.22)

set(_failures "")

# Width and height from a PNG's IHDR chunk: bytes 16..23 after the 8-byte signature.
function(png_size file out_width out_height)
    file(READ "${file}" _hex LIMIT 24 HEX)
    string(SUBSTRING "${_hex}" 0 16 _signature)
    if(NOT _signature STREQUAL "89504e470d0a1a0a")
        set(${out_width} -1 PARENT_SCOPE)
        set(${out_height} -1 PARENT_SCOPE)
        return()
    endif()
    string(SUBSTRING "${_hex}" 32 8 _w)
    string(SUBSTRING "${_hex}" 40 8 _h)
    math(EXPR _w "0x${_w}")
    math(EXPR _h "0x${_h}")
    set(${out_width} ${_w} PARENT_SCOPE)
    set(${out_height} ${_h} PARENT_SCOPE)
endfunction()

macro(check_png file size)
    if(NOT EXISTS "${file}")
        list(APPEND _failures "missing ${file} (run packaging/icons/render-icons.sh)")
    else()
        png_size("${file}" _w _h)
        if(NOT _w EQUAL ${size} OR NOT _h EQUAL ${size})
            list(APPEND _failures "${file} is ${_w}x${_h}, expected ${size}x${size}")
        endif()
    endif()
endmacro()

foreach(name mirrordeck tray-up tray-degraded tray-down tray-unknown)
    set(_source "${ICON_SOURCE_DIR}/${name}.svg")
    set(_copy "${ICON_RENDER_DIR}/${name}.svg")
    if(NOT EXISTS "${_source}")
        list(APPEND _failures "missing SVG source ${_source}")
    elseif(NOT EXISTS "${_copy}")
        list(APPEND _failures "missing runtime copy ${_copy} (run packaging/icons/render-icons.sh)")
    else()
        file(SHA256 "${_source}" _a)
        file(SHA256 "${_copy}" _b)
        if(NOT _a STREQUAL _b)
            list(APPEND _failures
                "${_copy} differs from ${_source} (run packaging/icons/render-icons.sh)")
        endif()
    endif()
endforeach()

foreach(size IN LISTS APP_ICON_SIZES)
    check_png("${ICON_RENDER_DIR}/mirrordeck-${size}.png" ${size})
endforeach()
foreach(state IN LISTS TRAY_STATES)
    foreach(size 16 22 24 32 48 64)
        check_png("${ICON_RENDER_DIR}/tray-${state}-${size}.png" ${size})
    endforeach()
endforeach()

file(READ "${METAINFO}" _metainfo)
string(REPLACE "." "\\." _version_regex "${VERSION}")
if(NOT _metainfo MATCHES "<release version=\"${_version_regex}\" date=\"[0-9]+-[0-9]+-[0-9]+\"")
    list(APPEND _failures
        "${METAINFO} has no <release version=\"${VERSION}\" date=...> entry: add release notes")
endif()

if(_failures)
    list(JOIN _failures "\n  " _text)
    message(FATAL_ERROR "packaging files out of date:\n  ${_text}")
endif()
message(STATUS "icons and metainfo release entry match version ${VERSION}")
