# Reports the relocator's footprint for one Cortex-M core (cmake -P script).
#
# Inputs: CORE, OBJDUMP, READELF, LOAD_ELF (rrld_load and what it pulls in,
# linked with --gc-sections), ALL_ELF (the whole C ABI), STACK_FILES (the
# compiler's -fstack-usage output), OUT (the report).  A function written in
# assembly has no -fstack-usage line: its frame is read from the disassembly,
# the registers of all its PUSHes added up, as if each were nested in the
# ones before it (such a function must not move sp otherwise, nor call
# through anything but bl).
# Code is the size of .text; .rodata (the CRC table, the status names) is
# reported beside it.  Stack is the deepest chain of frames along the calls
# found in the disassembly, starting at an entry: bl adds the callee's frame
# to the caller's, a tail call (b, b.w) replaces the caller's frame.

function(section_size elf name outvar)
  execute_process(COMMAND ${READELF} -S --wide ${elf} OUTPUT_VARIABLE sections
                  RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${READELF} failed on ${elf}")
  endif()
  set(size 0)
  string(REGEX MATCH " ${name} +[A-Z_]+ +[0-9a-f]+ +[0-9a-f]+ +([0-9a-f]+)" m "${sections}")
  if(m)
    math(EXPR size "0x${CMAKE_MATCH_1}")
  endif()
  set(${outvar} ${size} PARENT_SCOPE)
endfunction()

# Frame sizes from the .su files: FRAME_<mangled name>.
foreach(su IN LISTS STACK_FILES)
  file(STRINGS ${su} lines)
  foreach(line IN LISTS lines)
    if(line MATCHES ":([A-Za-z0-9_$.]+)\t([0-9]+)\t([a-z,]+)$")
      set(FRAME_${CMAKE_MATCH_1} ${CMAKE_MATCH_2})
      if(NOT CMAKE_MATCH_3 STREQUAL "static")
        message(FATAL_ERROR "${CMAKE_MATCH_1}: stack use is ${CMAKE_MATCH_3}, not static")
      endif()
    endif()
  endforeach()
endforeach()

# Call graph from the disassembly: CALLS_<function>.
function(read_calls elf)
  execute_process(COMMAND ${OBJDUMP} -d --no-show-raw-insn ${elf} OUTPUT_VARIABLE dis
                  RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${OBJDUMP} failed on ${elf}")
  endif()
  string(REPLACE "\n" ";" lines "${dis}")
  set(current "")
  set(functions)
  foreach(line IN LISTS lines)
    if(line MATCHES "^[0-9a-f]+ <([^>+]+)>:$")
      set(current ${CMAKE_MATCH_1})
      list(APPEND functions ${current})
      set(CALLS_${current} "" PARENT_SCOPE)
      set(TAILS_${current} "" PARENT_SCOPE)
      set(calls_${current} "")
      set(tails_${current} "")
    elseif(current AND line MATCHES "\tpush(\\.w)?\t{([^}]*)}")
      string(REPLACE "," ";" regs "${CMAKE_MATCH_2}")
      list(LENGTH regs nregs)
      if(NOT DEFINED push_${current})
        set(push_${current} 0)
      endif()
      math(EXPR push_${current} "${push_${current}} + 4 * ${nregs}")
      set(PUSH_${current} ${push_${current}} PARENT_SCOPE)
    elseif(current AND line MATCHES "\t(bl|b|b\\.w)\t0x[0-9a-f]+ <([^>+]+)>")
      if(NOT CMAKE_MATCH_2 STREQUAL current)
        if(CMAKE_MATCH_1 STREQUAL "bl")
          list(APPEND calls_${current} ${CMAKE_MATCH_2})
          list(REMOVE_DUPLICATES calls_${current})
          set(CALLS_${current} ${calls_${current}} PARENT_SCOPE)
        else() # a tail call: this function's frame is gone by then
          list(APPEND tails_${current} ${CMAKE_MATCH_2})
          list(REMOVE_DUPLICATES tails_${current})
          set(TAILS_${current} ${tails_${current}} PARENT_SCOPE)
        endif()
      endif()
    endif()
  endforeach()
  set(FUNCTIONS ${functions} PARENT_SCOPE)
endfunction()

# Deepest stack from fn (the call graph has no cycles).
function(depth fn outvar)
  if(NOT DEFINED FRAME_${fn} AND DEFINED PUSH_${fn}) # written in assembly
    set(FRAME_${fn} ${PUSH_${fn}})
  endif()
  if(NOT DEFINED FRAME_${fn})
    message(FATAL_ERROR "no stack usage recorded for ${fn}")
  endif()
  set(best 0)
  foreach(callee IN LISTS CALLS_${fn})
    depth(${callee} d)
    if(d GREATER best)
      set(best ${d})
    endif()
  endforeach()
  math(EXPR total "${FRAME_${fn}} + ${best}")
  foreach(callee IN LISTS TAILS_${fn})
    depth(${callee} d)
    if(d GREATER total)
      set(total ${d})
    endif()
  endforeach()
  set(${outvar} ${total} PARENT_SCOPE)
endfunction()

section_size(${LOAD_ELF} .text load_text)
section_size(${LOAD_ELF} .rodata load_rodata)
section_size(${LOAD_ELF} .data load_data)
section_size(${LOAD_ELF} .bss load_bss)
section_size(${ALL_ELF} .text all_text)
section_size(${ALL_ELF} .rodata all_rodata)
math(EXPR load_ram "${load_data} + ${load_bss}")

read_calls(${ALL_ELF})
set(stack_lines "")
set(load_stack 0)
foreach(entry rrld_load rrld_verify rrld_patch_ro rrld_patch_ro_in_place rrld_self_relocate
              rrld_status_name)
  depth(${entry} d)
  string(APPEND stack_lines "STACK_${entry}=${d}\n")
  if(entry STREQUAL "rrld_load")
    set(load_stack ${d})
  endif()
endforeach()

set(report "CORE=${CORE}
LOAD_TEXT=${load_text}
LOAD_RODATA=${load_rodata}
LOAD_RAM=${load_ram}
ALL_TEXT=${all_text}
ALL_RODATA=${all_rodata}
${stack_lines}")
file(WRITE ${OUT} "${report}")
message(STATUS "relocator ${CORE}: load path ${load_text} B code + ${load_rodata} B rodata, "
               "${load_stack} B stack, ${load_ram} B RAM; whole API ${all_text} B code + "
               "${all_rodata} B rodata")
