# read_footprint(REPORT): sets each KEY=VALUE line of a footprint report
# (written by relocator/cmake/footprint.cmake: CORE, LOAD_TEXT,
# STACK_rrld_load, ...) as a variable of the caller.
macro(read_footprint report)
  file(STRINGS ${report} _footprint_lines)
  foreach(_footprint_line IN LISTS _footprint_lines)
    if(_footprint_line MATCHES "^([A-Za-z_]+)=(.*)$")
      set(${CMAKE_MATCH_1} ${CMAKE_MATCH_2})
    endif()
  endforeach()
endmacro()
