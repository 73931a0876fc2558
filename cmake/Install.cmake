# `cmake --install build --prefix P` (docs/install.md): rrld as a toolchain.
#
#   P/bin/           rrld, rrld-link, ld.rrld (for clang -fuse-ld=rrld),
#                    rrld-run, tock-run
#   P/include/rrld/  the relocator's headers (rrld/relocator.h, format.h)
#                    and the app runtime's (rrld_app.h)
#   P/lib/rrld/      per core: librrld_relocator_<core>.a,
#                    librrld_app_<core>.a (test kernel), librrld_app_tock_<core>.a
#                    (Tock), and libc/<core>/{include,lib} (the C library)
#   P/lib/cmake/rrld/  the CMake package: rrldConfig.cmake (imported
#                    targets, rrld_add_app()), one toolchain file per core
#   P/share/rrld/    boards, the default layout, the QEMU test kernels and
#                    the Tock kernel, the Rust crates' sources
#   P/share/doc/rrld/  the documentation
# Every path the package uses is relative to where it is installed, so the
# tree can be moved (and packed by `cpack -G DEB`).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# thumbv7em_hf: the Cortex-M4F's hard-float archives (no C library).
set(RRLD_ALL_CORES thumbv6m thumbv7m thumbv7em thumbv7em_hf thumbv8m.base thumbv8m.main)

# Programs.  The two scripts find the rest of the installed tree from where
# they are (bin/../share/rrld).
install(PROGRAMS ${PROJECT_SOURCE_DIR}/scripts/rrld-run ${PROJECT_SOURCE_DIR}/scripts/tock-run
        DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_BINARY_DIR}/linker/ld.rrld DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/scripts/junit.sh DESTINATION ${CMAKE_INSTALL_DATADIR}/rrld)

# Headers.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/relocator/include/rrld
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${PROJECT_SOURCE_DIR}/qemu/include/rrld_app.h
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/rrld)

# Per-core archives, where the build made them for that core.
set(RRLD_INSTALLED_CORES)
foreach(core IN LISTS RRLD_ALL_CORES)
  install(FILES ${PROJECT_BINARY_DIR}/relocator/librrld_relocator_${core}.a
                ${PROJECT_BINARY_DIR}/qemu/librrld_app_${core}.a
                ${PROJECT_BINARY_DIR}/tock/librrld_app_tock_${core}.a
          DESTINATION ${CMAKE_INSTALL_LIBDIR}/rrld OPTIONAL)
  install(DIRECTORY ${PROJECT_BINARY_DIR}/libc/${core}/include ${PROJECT_BINARY_DIR}/libc/${core}/lib
          DESTINATION ${CMAKE_INSTALL_LIBDIR}/rrld/libc/${core} OPTIONAL
          FILES_MATCHING PATTERN "*.h" PATTERN "libc.a" PATTERN "libm.a")
  rrld_core_triple(${core} triple cpu)
  rrld_core_float_flags(${core} float_flags)
  if(float_flags)
    list(JOIN float_flags " " RRLD_TOOLCHAIN_FLOAT)
  else()
    set(RRLD_TOOLCHAIN_FLOAT -mfloat-abi=soft)
  endif()
  set(RRLD_TOOLCHAIN_CORE ${core})
  set(RRLD_TOOLCHAIN_TRIPLE ${triple})
  set(RRLD_TOOLCHAIN_CPU ${cpu})
  configure_file(${PROJECT_SOURCE_DIR}/cmake/package/toolchain.cmake.in
                 ${PROJECT_BINARY_DIR}/package/toolchains/${core}.cmake @ONLY)
endforeach()
string(REPLACE ";" " " RRLD_ALL_CORES_TEXT "${RRLD_ALL_CORES}")

# Boards, layouts, kernels, Rust crates, docs.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/targets/boards ${PROJECT_SOURCE_DIR}/targets/layout
        DESTINATION ${CMAKE_INSTALL_DATADIR}/rrld)
install(DIRECTORY ${PROJECT_BINARY_DIR}/qemu/kernel/ DESTINATION ${CMAKE_INSTALL_DATADIR}/rrld/kernels
        OPTIONAL FILES_MATCHING PATTERN "*.elf" PATTERN "*.objs" EXCLUDE)
install(FILES ${PROJECT_BINARY_DIR}/tock/kernel.bin ${PROJECT_BINARY_DIR}/tock/kernel.elf
        DESTINATION ${CMAKE_INSTALL_DATADIR}/rrld/tock OPTIONAL)
foreach(crate rrld-rt rrld-relocator)
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/rust/${crate} DESTINATION ${CMAKE_INSTALL_DATADIR}/rrld/rust
          PATTERN "target" EXCLUDE PATTERN "Cargo.lock" EXCLUDE)
endforeach()
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/LICENSE
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The CMake package.
set(RRLD_PACKAGE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/rrld)
configure_file(${PROJECT_SOURCE_DIR}/cmake/package/rrldConfig.cmake.in
               ${PROJECT_BINARY_DIR}/package/rrldConfig.cmake @ONLY)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/package/rrldConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion ARCH_INDEPENDENT)
install(FILES ${PROJECT_BINARY_DIR}/package/rrldConfig.cmake
              ${PROJECT_BINARY_DIR}/package/rrldConfigVersion.cmake
              ${PROJECT_SOURCE_DIR}/cmake/RrldApp.cmake
        DESTINATION ${RRLD_PACKAGE_DIR})
install(DIRECTORY ${PROJECT_BINARY_DIR}/package/toolchains DESTINATION ${RRLD_PACKAGE_DIR})

# cpack -G DEB (run in the build directory): a Debian package of the above.
set(CPACK_PACKAGE_NAME rrld)
set(CPACK_PACKAGE_VENDOR "rrld")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Relocatable Cortex-M images: an lld-based linker and an on-device relocator")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "rrld developers")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# rrld and rrld-link are static executables: the package depends on
# nothing at run time.  Apps are compiled by clang-19 and run in QEMU.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "clang-19, llvm-19, qemu-system-arm")
set(CPACK_DEBIAN_COMPRESSION_TYPE gzip)
set(CPACK_PACKAGE_CONTACT "rrld developers")
include(CPack)
