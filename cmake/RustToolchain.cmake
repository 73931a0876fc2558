# rrld_find_cargo(): sets RRLD_CARGO and RRLD_RUSTC (cache) unless already
# set: the first directory in PATH holding both cargo and rustc whose rustc
# has the standard library's sources with their vendored dependencies
# (rust-src; -Zbuild-std needs them).  Used by libc/ (soft-float division)
# and tests/rust/ (the Rust apps).  RRLD_CARGO_WITHOUT_SOURCES: the first
# directory with cargo and rustc, if none has the sources.
function(rrld_find_cargo)
  set(RRLD_CARGO_WITHOUT_SOURCES "" PARENT_SCOPE)
  if(RRLD_CARGO)
    return()
  endif()
  string(REPLACE ":" ";" _path "$ENV{PATH}")
  set(_fallback)
  foreach(_d IN LISTS _path)
    if(EXISTS "${_d}/cargo" AND EXISTS "${_d}/rustc")
      if(NOT _fallback)
        set(_fallback ${_d})
      endif()
      execute_process(COMMAND "${_d}/rustc" --print sysroot OUTPUT_VARIABLE _sysroot
                      OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE _rc ERROR_QUIET)
      if(_rc EQUAL 0 AND EXISTS "${_sysroot}/lib/rustlib/src/rust/library/vendor")
        set(RRLD_CARGO ${_d}/cargo CACHE FILEPATH "cargo for the Rust apps")
        set(RRLD_RUSTC ${_d}/rustc CACHE FILEPATH "rustc for the Rust apps")
        return()
      endif()
    endif()
  endforeach()
  set(RRLD_CARGO_WITHOUT_SOURCES "${_fallback}" PARENT_SCOPE)
endfunction()
