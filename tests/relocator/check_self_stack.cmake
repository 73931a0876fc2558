# Asserts that RRLD_SELF_RELOCATE_STACK (HEADER, rrld/relocator.h) covers
# rrld_self_relocate's deepest stack on every core, the 16-byte
# rrld_load_result a startup keeps on the same stack and a 36-byte exception
# frame (8 words, and one to align sp to 8) stacked on it when the app is
# interrupted meanwhile (no FP context: the relocator uses no FP), and that the Rust
# runtime's start-up (RUST_RT) uses the same number (cmake -P script;
# REPORTS, comma-separated, written by relocator/cmake/footprint.cmake).
file(STRINGS ${HEADER} define REGEX "^#define RRLD_SELF_RELOCATE_STACK ")
if(NOT define MATCHES "RRLD_SELF_RELOCATE_STACK ([0-9]+)u")
  message(FATAL_ERROR "${HEADER}: no RRLD_SELF_RELOCATE_STACK")
endif()
set(limit ${CMAKE_MATCH_1})
set(failed "")
string(REPLACE "," ";" reports "${REPORTS}")
if(NOT reports)
  message(FATAL_ERROR "no footprint reports given")
endif()
include(${CMAKE_CURRENT_LIST_DIR}/read_footprint.cmake)
foreach(report IN LISTS reports)
  unset(CORE)
  unset(STACK_rrld_self_relocate)
  read_footprint(${report})
  if(NOT STACK_rrld_self_relocate MATCHES "^[0-9]+$")
    message(FATAL_ERROR "${report}: no STACK_rrld_self_relocate")
  endif()
  math(EXPR need "${STACK_rrld_self_relocate} + 16 + 36")
  message(STATUS "${CORE}: rrld_self_relocate ${STACK_rrld_self_relocate} B + 16 B result + "
                 "36 B exception frame = ${need} B (RRLD_SELF_RELOCATE_STACK ${limit})")
  if(need GREATER limit)
    string(APPEND failed " ${CORE} needs ${need};")
  endif()
endforeach()
file(STRINGS ${RUST_RT} rust REGEX "^const RRLD_SELF_RELOCATE_STACK: u32 = ")
if(NOT rust MATCHES "= ([0-9]+)")
  message(FATAL_ERROR "${RUST_RT}: no RRLD_SELF_RELOCATE_STACK")
endif()
if(NOT CMAKE_MATCH_1 EQUAL limit)
  string(APPEND failed " ${RUST_RT} says ${CMAKE_MATCH_1};")
endif()
if(failed)
  message(FATAL_ERROR "RRLD_SELF_RELOCATE_STACK ${limit}:${failed}")
endif()
