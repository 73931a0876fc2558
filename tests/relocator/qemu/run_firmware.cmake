# Runs a relocator test firmware under QEMU and expects "result ok" (cmake -P;
# QEMU, MACHINE, ELF; QEMU_ARGS: more options, comma-separated, may be empty).
string(REPLACE "," ";" extra "${QEMU_ARGS}")
execute_process(
  COMMAND ${QEMU} -M ${MACHINE} ${extra} -nographic -monitor none -serial none
          -semihosting-config enable=on,target=native -kernel ${ELF}
  OUTPUT_VARIABLE out ERROR_VARIABLE out RESULT_VARIABLE rc TIMEOUT 240)
if(NOT rc EQUAL 0 OR NOT out MATCHES "result ok")
  message(FATAL_ERROR "firmware failed on ${MACHINE} (${rc}):\n${out}")
endif()
message(STATUS "${out}")
