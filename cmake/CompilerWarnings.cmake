# Our own targets build warning-free; third-party and generated code is not held to it.
function(mirrordeck_set_warnings target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /WX)
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Werror)
    endif()
    # Qt's keyword-free signals/slots keep our code clear of macro clashes with other libraries.
    target_compile_definitions(${target} PRIVATE QT_NO_KEYWORDS QT_NO_URL_CAST_FROM_STRING)
endfunction()
