# Runs the relocator fuzzer for a bounded time (cmake -P script; FUZZER,
# SEEDS, WORK, SECONDS).  New inputs go to WORK, the seeds stay as they are.
file(MAKE_DIRECTORY ${WORK})
execute_process(COMMAND ${FUZZER} -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=2048
                        -print_final_stats=1 ${WORK} ${SEEDS}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "fuzzer failed (${rc}); the crashing input is in the working directory")
endif()
