# Installs one core's C library (run by libc/CMakeLists.txt):
#   OUT/lib/libc.a = STAGE/lib/CORE/libc.a (picolibc as meson installed it)
#                    minus the members EXCLUDED lists, plus the GLUE objects,
#                    without debug sections: LLVM describes -frwpi globals
#                    in .debug_info with R_ARM_SBREL32, which lld refuses
#                    (docs/manual.md, "Limits");
#   OUT/lib/libm.a, OUT/include = picolibc's (STAGE/lib/CORE/libm.a,
#   STAGE/include), and CXX_HEADERS (<new>).
# Files are replaced only when their contents change (llvm-ar writes
# deterministic archives), so apps relink only when the library changed.
# An excluded member missing from picolibc's archive is an error: the list
# must say what it removes.
cmake_minimum_required(VERSION 3.20)
foreach(v STAGE CORE OUT AR STRIP EXCLUDED GLUE CXX_HEADERS)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "assemble.cmake: ${v} is not set")
  endif()
endforeach()

set(tmp ${OUT}/assemble)
file(REMOVE_RECURSE ${tmp})
file(MAKE_DIRECTORY ${tmp} ${OUT}/lib)
file(COPY_FILE ${STAGE}/lib/${CORE}/libc.a ${tmp}/libc.a)

execute_process(COMMAND ${AR} t ${tmp}/libc.a OUTPUT_VARIABLE members RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "assemble.cmake: cannot list ${STAGE}/lib/${CORE}/libc.a")
endif()
string(REPLACE "\n" ";" members "${members}")

file(STRINGS ${EXCLUDED} lines)
set(remove)
foreach(line IN LISTS lines)
  string(REGEX REPLACE "#.*" "" line "${line}")
  string(STRIP "${line}" line)
  if(line STREQUAL "")
    continue()
  endif()
  if(NOT line IN_LIST members)
    message(FATAL_ERROR "assemble.cmake: ${EXCLUDED} lists '${line}', which is not in picolibc's libc.a")
  endif()
  list(APPEND remove ${line})
endforeach()
if(remove)
  execute_process(COMMAND ${AR} d ${tmp}/libc.a ${remove} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "assemble.cmake: removing ${remove} failed")
  endif()
endif()
execute_process(COMMAND ${AR} rcs ${tmp}/libc.a ${GLUE} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "assemble.cmake: adding the glue failed")
endif()
execute_process(COMMAND ${STRIP} --strip-debug ${tmp}/libc.a RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "assemble.cmake: stripping debug sections failed")
endif()

file(COPY ${STAGE}/include/ DESTINATION ${OUT}/include)
file(COPY ${CXX_HEADERS}/ DESTINATION ${OUT}/include)
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different ${tmp}/libc.a ${OUT}/lib/libc.a)
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different ${STAGE}/lib/${CORE}/libm.a ${OUT}/lib/libm.a)
file(REMOVE_RECURSE ${tmp})
