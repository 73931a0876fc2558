# rrld_add_app(): build an app for the rrld QEMU test kernel (or any kernel
# that loads rrld images) with clang-19 -fropi -frwpi, linked by rrld.
#
#   rrld_add_app(<name> SOURCES <file>... [CORE <core>] [GCC] [LIBC]
#                [CPU <cpu>] [OUTPUT_DIR <dir>] [TOCK_OUTPUT_DIR <dir>]
#                [DEFINES <d>...]
#                [INCLUDE_DIRS <dir>...] [COMPILE_OPTIONS <opt>...]
#                [LINK_OPTIONS <opt>...] [DEPENDS <file-or-target>...])
#
# <core> is thumbv6m, thumbv7m, thumbv7em, thumbv7em_hf (Cortex-M4F,
# hard-float: -mfloat-abi=hard -mfpu=fpv4-sp-d16, linked with the _hf
# runtime and relocator), thumbv8m.base or thumbv8m.main
# (default RRLD_APP_DEFAULT_CORE, itself thumbv7em unless set).  LIBC links
# the C library (docs/libc.md): the sources see its headers
# (RRLD_LIBC_DIR/<core>/include) and are compiled hosted (no
# -ffreestanding), and the link takes libc.a and libm.a from
# RRLD_LIBC_DIR/<core>/lib before the runtime, and arm-none-eabi-gcc's
# libgcc for the soft-float helpers.  GCC compiles the C
# sources with arm-none-eabi-gcc the libtock-c way (RRLD_APP_GCCFLAGS:
# GOT-based PIC, r9 the GOT pointer) instead of clang -fropi -frwpi; the
# runtime stays clang's, so such an app mixes both kinds of objects.  Writes
# <dir>/<name>.elf (the ELF rrld writes) and <dir>/<name>.img (the flat
# image), <dir> defaulting to ${CMAKE_CURRENT_BINARY_DIR}/apps/<core>, and
# adds the target rrld_app_<name>_<core> (built by default).  Sets
# <name>_<core>_ELF and <name>_<core>_IMG in the caller's scope.
#
# TOCK_OUTPUT_DIR links the same objects a second time, with the Tock
# runtime (librrld_app_tock_<core>.a in RRLD_APP_TOCK_RUNTIME_DIR) instead
# of the test kernel's, into <dir>/<name>.elf and .img (docs/tock.md), in
# the same target (one target per set of objects: two targets sharing the
# objects' build rules would race in a parallel build); the variables
# <name>_<core>_TOCK_ELF and _TOCK_IMG name them.
#
# Needs, as variables: RRLD_LINKER (the rrld executable, a generator
# expression is fine), RRLD_APP_RUNTIME_DIR (holds librrld_app_<core>.a),
# RRLD_APP_INCLUDE_DIR (rrld_app.h), RRLD_RELOCATOR_LIB_DIR (holds
# librrld_relocator_<core>.a), and RRLD_CLANG / RRLD_CLANGXX (clang-19);
# for LIBC, RRLD_LIBC_DIR (holds <core>/include and <core>/lib) and
# RRLD_ARM_GCC; optionally RRLD_LINKER_DEPENDS and RRLD_APP_TARGET_DEPENDS,
# targets that build those files (LIBC apps also depend on the target
# rrld_libc_<core> when it exists).
# qemu/CMakeLists.txt sets them all for this project.
include_guard(GLOBAL)

if(NOT DEFINED RRLD_APP_DEFAULT_CORE)
  set(RRLD_APP_DEFAULT_CORE thumbv7em)
endif()

# core -> clang target triple and default -mcpu
function(rrld_core_triple core out_triple out_cpu)
  if(core STREQUAL "thumbv6m")
    set(t thumbv6m-none-eabi)
    set(c cortex-m0)
  elseif(core STREQUAL "thumbv7m")
    set(t thumbv7m-none-eabi)
    set(c cortex-m3)
  elseif(core STREQUAL "thumbv7em")
    set(t thumbv7em-none-eabi)
    set(c cortex-m4)
  elseif(core STREQUAL "thumbv7em_hf")
    set(t thumbv7em-none-eabihf)
    set(c cortex-m4)
  elseif(core STREQUAL "thumbv8m.base")
    set(t thumbv8m.base-none-eabi)
    set(c cortex-m23)
  elseif(core STREQUAL "thumbv8m.main")
    set(t thumbv8m.main-none-eabi)
    set(c cortex-m33)
  else()
    message(FATAL_ERROR "rrld: unknown core '${core}' (thumbv6m, thumbv7m, thumbv7em, thumbv7em_hf, thumbv8m.base, thumbv8m.main)")
  endif()
  set(${out_triple} ${t} PARENT_SCOPE)
  set(${out_cpu} ${c} PARENT_SCOPE)
endfunction()

# core -> the float ABI flags that follow RRLD_APP_CFLAGS (whose
# -mfloat-abi=soft they override): the _hf cores are hard-float.
function(rrld_core_float_flags core out)
  if(core MATCHES "_hf$")
    set(${out} -mfloat-abi=hard -mfpu=fpv4-sp-d16 PARENT_SCOPE)
  else()
    set(${out} "" PARENT_SCOPE)
  endif()
endfunction()

# The flags every app object is compiled with (C; C++ adds RRLD_APP_CXXFLAGS).
set(RRLD_APP_CFLAGS -mthumb -mfloat-abi=soft -Os -ffreestanding -fropi -frwpi
    -ffunction-sections -fdata-sections -fno-unwind-tables
    -fno-asynchronous-unwind-tables -Wall -Wextra)
# LIBC apps: the same, hosted.
set(RRLD_LIBC_APP_CFLAGS ${RRLD_APP_CFLAGS})
list(REMOVE_ITEM RRLD_LIBC_APP_CFLAGS -ffreestanding)
set(RRLD_APP_CXXFLAGS -fallow-unsupported -fno-exceptions -fno-rtti -fno-threadsafe-statics)
set(RRLD_APP_GCCFLAGS -mthumb -mfloat-abi=soft -Os -ffreestanding -fPIC -msingle-pic-base
    -mpic-register=r9 -mno-pic-data-is-text-relative -ffunction-sections -fdata-sections
    -fno-unwind-tables -fno-asynchronous-unwind-tables -Wall -Wextra)

function(rrld_add_app name)
  cmake_parse_arguments(PARSE_ARGV 1 A "GCC;LIBC" "CORE;CPU;OUTPUT_DIR;TOCK_OUTPUT_DIR"
                        "SOURCES;DEFINES;INCLUDE_DIRS;COMPILE_OPTIONS;LINK_OPTIONS;DEPENDS")
  if(NOT A_SOURCES)
    message(FATAL_ERROR "rrld_add_app(${name}): SOURCES is required")
  endif()
  if(NOT A_CORE)
    set(A_CORE ${RRLD_APP_DEFAULT_CORE})
  endif()
  rrld_core_triple(${A_CORE} triple cpu)
  rrld_core_float_flags(${A_CORE} float_flags)
  if((A_GCC OR A_LIBC) AND float_flags)
    message(FATAL_ERROR "rrld_add_app(${name}): GCC and LIBC are soft-float only (core ${A_CORE})")
  endif()
  if(A_CPU)
    set(cpu ${A_CPU})
  endif()
  if(NOT A_OUTPUT_DIR)
    set(A_OUTPUT_DIR ${CMAKE_CURRENT_BINARY_DIR}/apps/${A_CORE})
  endif()
  set(objdir ${A_OUTPUT_DIR}/${name}.objs)
  if(A_GCC)
    if(NOT RRLD_ARM_GCC)
      message(FATAL_ERROR "rrld_add_app(${name} GCC): arm-none-eabi-gcc not found")
    endif()
    set(flags -mcpu=${cpu} ${RRLD_APP_GCCFLAGS} -I${RRLD_APP_INCLUDE_DIR})
    # GCC's code calls libgcc helpers (Thumb-1 switch tables ...), as
    # libtock-c apps do; the runtime's own helpers come first.
    execute_process(COMMAND ${RRLD_ARM_GCC} -mcpu=${cpu} -mthumb -mfloat-abi=soft
                            -print-libgcc-file-name
                    OUTPUT_VARIABLE libgcc OUTPUT_STRIP_TRAILING_WHITESPACE)
  elseif(A_LIBC)
    if(NOT RRLD_LIBC_DIR OR NOT RRLD_ARM_GCC)
      message(FATAL_ERROR "rrld_add_app(${name} LIBC): needs RRLD_LIBC_DIR and arm-none-eabi-gcc (for libgcc)")
    endif()
    set(libc_dir ${RRLD_LIBC_DIR}/${A_CORE})
    # -nostdlibinc: only picolibc's headers, never another C library's that
    # clang finds for the target (Debian's newlib).
    set(flags --target=${triple} -mcpu=${cpu} ${RRLD_LIBC_APP_CFLAGS} -nostdlibinc
        -isystem ${libc_dir}/include -I${RRLD_APP_INCLUDE_DIR})
    # Soft-float and 64-bit division helpers (code only, no data).
    execute_process(COMMAND ${RRLD_ARM_GCC} -mcpu=${cpu} -mthumb -mfloat-abi=soft
                            -print-libgcc-file-name
                    OUTPUT_VARIABLE libgcc OUTPUT_STRIP_TRAILING_WHITESPACE)
    set(libc_libs ${libc_dir}/lib/libc.a ${libc_dir}/lib/libm.a)
    if(TARGET rrld_libc_${A_CORE})
      list(APPEND A_DEPENDS rrld_libc_${A_CORE})
    endif()
  else()
    set(flags --target=${triple} -mcpu=${cpu} ${RRLD_APP_CFLAGS} ${float_flags}
        -I${RRLD_APP_INCLUDE_DIR})
    set(libgcc)
  endif()
  if(A_GCC AND A_LIBC)
    message(FATAL_ERROR "rrld_add_app(${name}): GCC and LIBC do not go together")
  endif()
  if(NOT A_LIBC)
    set(libc_libs)
  endif()
  foreach(d IN LISTS A_INCLUDE_DIRS)
    list(APPEND flags -I${d})
  endforeach()
  foreach(d IN LISTS A_DEFINES)
    list(APPEND flags -D${d})
  endforeach()
  list(APPEND flags ${A_COMPILE_OPTIONS})

  set(objects)
  foreach(src IN LISTS A_SOURCES)
    get_filename_component(src ${src} ABSOLUTE)
    get_filename_component(base ${src} NAME)
    set(obj ${objdir}/${base}.o)
    if(A_GCC)
      set(compiler ${RRLD_ARM_GCC})
      set(lang_flags)
      set(lang C)
    elseif(src MATCHES "\\.(cpp|cc|cxx)$")
      set(compiler ${RRLD_CLANGXX})
      set(lang_flags ${RRLD_APP_CXXFLAGS})
      set(lang CXX)
    else()
      set(compiler ${RRLD_CLANG})
      set(lang_flags)
      set(lang C)
    endif()
    add_custom_command(
      OUTPUT ${obj}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${objdir}
      COMMAND ${compiler} ${flags} ${lang_flags} -c ${src} -o ${obj}
      DEPENDS ${src} ${A_DEPENDS} ${RRLD_APP_TARGET_DEPENDS}
      IMPLICIT_DEPENDS ${lang} ${src}
      COMMENT "Building app object ${name}/${base} for ${A_CORE}"
      VERBATIM)
    list(APPEND objects ${obj})
  endforeach()

  set(relocator ${RRLD_RELOCATOR_LIB_DIR}/librrld_relocator_${A_CORE}.a)
  set(runtimes)
  set(kinds qemu)
  if(A_TOCK_OUTPUT_DIR)
    list(APPEND kinds tock)
  endif()
  set(outputs)
  set(commands)
  foreach(kind IN LISTS kinds)
    if(kind STREQUAL "qemu")
      set(dir ${A_OUTPUT_DIR})
      set(runtime ${RRLD_APP_RUNTIME_DIR}/librrld_app_${A_CORE}.a)
      set(var ${name}_${A_CORE})
    else()
      set(dir ${A_TOCK_OUTPUT_DIR})
      set(runtime ${RRLD_APP_TOCK_RUNTIME_DIR}/librrld_app_tock_${A_CORE}.a)
      set(var ${name}_${A_CORE}_TOCK)
    endif()
    set(elf ${dir}/${name}.elf)
    set(img ${dir}/${name}.img)
    list(APPEND outputs ${elf} ${img})
    list(APPEND runtimes ${runtime})
    list(APPEND commands
      COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
      COMMAND ${RRLD_LINKER} ${objects} --start-group ${libc_libs} ${runtime} ${relocator} ${libgcc}
              --end-group -u _start --gc-sections ${A_LINK_OPTIONS} -o ${elf} --rrld-image=${img})
    set(${var}_ELF ${elf} PARENT_SCOPE)
    set(${var}_IMG ${img} PARENT_SCOPE)
  endforeach()
  string(REPLACE ";" " and " what "${kinds}")
  add_custom_command(
    OUTPUT ${outputs}
    ${commands}
    DEPENDS ${objects} ${libc_libs} ${runtimes} ${relocator} ${RRLD_LINKER_DEPENDS}
            ${RRLD_APP_TARGET_DEPENDS} ${A_DEPENDS}
    COMMENT "Linking app ${name} for ${A_CORE} (${what}) with rrld"
    VERBATIM)
  add_custom_target(rrld_app_${name}_${A_CORE} ALL DEPENDS ${outputs})
endfunction()
