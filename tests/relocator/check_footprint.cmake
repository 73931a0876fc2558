# Asserts the relocator's footprint targets (cmake -P script; REPORT written
# by relocator/cmake/footprint.cmake, MAX_CODE, MAX_STACK).  Code counts
# .text and .rodata of rrld_load and everything it calls.
include(${CMAKE_CURRENT_LIST_DIR}/read_footprint.cmake)
read_footprint(${REPORT})
math(EXPR code "${LOAD_TEXT} + ${LOAD_RODATA}")
message(STATUS "${CORE}: load path ${LOAD_TEXT} B .text + ${LOAD_RODATA} B .rodata = ${code} B "
               "(target ${MAX_CODE}); stack ${STACK_rrld_load} B (target ${MAX_STACK}); "
               "RAM ${LOAD_RAM} B (target 0)")
set(failed "")
if(code GREATER MAX_CODE)
  string(APPEND failed " code ${code} > ${MAX_CODE};")
endif()
if(STACK_rrld_load GREATER MAX_STACK)
  string(APPEND failed " stack ${STACK_rrld_load} > ${MAX_STACK};")
endif()
if(NOT LOAD_RAM EQUAL 0)
  string(APPEND failed " RAM ${LOAD_RAM} > 0;")
endif()
if(failed)
  message(FATAL_ERROR "footprint targets missed:${failed}")
endif()
