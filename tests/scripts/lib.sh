# Shared by the tests/scripts tests (sourced): the golden tests' helpers,
# plus an app compiled as rrld_add_app compiles one, and the libraries an
# app links with the QEMU test kernel's runtime or the Tock runtime.  The
# linker scripts are the vendored ones, used as they are.
source "$(dirname "${BASH_SOURCE[0]}")/../golden/lib.sh"
: "${BUILD:?}"
SCRIPTS=$SRC/third_party/linker-scripts
core=thumbv7em
APPFLAGS=(--target=thumbv7em-none-eabi -mcpu=cortex-m4 -mthumb -mfloat-abi=soft -Os
          -ffreestanding -fropi -frwpi -ffunction-sections -fdata-sections
          -fno-unwind-tables -fno-asynchronous-unwind-tables -I"$SRC/qemu/include")
# app OUT.o SRC: compile an app's C source (stdin if SRC is -).
app() { "$CLANG" "${APPFLAGS[@]}" -x c -c "$2" -o "$1"; }
relocator=$BUILD/relocator/librrld_relocator_$core.a
QEMU_LIBS=(--start-group "$BUILD/qemu/librrld_app_$core.a" "$relocator" --end-group -u _start --gc-sections)
TOCK_LIBS=(--start-group "$BUILD/tock/librrld_app_tock_$core.a" "$relocator" --end-group -u _start --gc-sections)
for f in "$relocator" "$BUILD/qemu/librrld_app_$core.a" "$BUILD/tock/librrld_app_tock_$core.a"; do
  [[ -f $f ]] || fail "no $f (build the project first)"
done

# A memory.x of the form Hubris's build writes for one task
# (third_party/linker-scripts/hubris/example-memory.x): a STACK region, RAM
# an alias, image symbols, and the task's extra section INSERTed after
# .uninit.
hubris_memory() {
  cat > memory.x <<'L'
MEMORY
{
STACK (rwx) : ORIGIN = 0x24010000, LENGTH = 0x00000800
AXI_SRAM (rwx) : ORIGIN = 0x24010800, LENGTH = 0x00004000
FLASH (rwx) : ORIGIN = 0x08020000, LENGTH = 0x00004000
SRAM1_MAC (rwx) : ORIGIN = 0x30000000, LENGTH = 0x00000400
}
REGION_ALIAS("RAM", AXI_SRAM);
__this_image = 0x08000000;
__IMAGE_A_BASE = 0x08000000;
__IMAGE_A_END = 0x08100000;
SECTIONS {
  .eth_bulk (NOLOAD) : ALIGN(4) {
    *(.eth_bulk .eth_bulk.*);
  } > SRAM1_MAC
} INSERT AFTER .uninit
L
}
# hubris_link OUT.elf OBJ... [options]: link a task with Hubris's
# task-link.x (which INCLUDEs memory.x from the -L directory).  The test
# kernel's runtime walks __init_array_start..end, which Hubris's script does
# not define: both name the start of .data, an empty list.
hubris_link() {
  local out=$1; shift
  "$RRLD" -L . -T "$SCRIPTS/hubris/task-link.x" "$@" "${QEMU_LIBS[@]}" \
    --defsym=__init_array_start=__sdata --defsym=__init_array_end=__sdata -o "$out"
}
# libtock_c_link OUT.elf OBJ... [options]: link a Tock app with libtock-c's
# userland_generic.ld, as libtock-c's Makefile does (STACK_SIZE defined on
# the command line), and the Tock runtime.  __init_array_start..end: an
# empty list at the start of .data (_data), which the script does not
# define.
libtock_c_link() {
  local out=$1; shift
  "$RRLD" -T "$SCRIPTS/libtock-c/userland_generic.ld" "$@" "${TOCK_LIBS[@]}" \
    --defsym=STACK_SIZE=2048 --defsym=__init_array_start=_data --defsym=__init_array_end=_data \
    -o "$out"
}
