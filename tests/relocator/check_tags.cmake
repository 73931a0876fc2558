# Every Catch2 test case of relocator_tests carries one of the tags ctest
# runs (cmake -P; TESTS, the executable, and SPEC, the tags as one Catch2
# "or" filter): a test case tagged otherwise would never run.
# (Catch2 2 exits with the number of test cases listed.)
execute_process(COMMAND ${TESTS} --list-test-names-only OUTPUT_VARIABLE all)
execute_process(COMMAND ${TESTS} ${SPEC} --list-test-names-only OUTPUT_VARIABLE tagged)
string(REGEX MATCHALL "[^\n]+" all "${all}")
string(REGEX MATCHALL "[^\n]+" tagged "${tagged}")
list(LENGTH all n_all)
list(LENGTH tagged n_tagged)
if(n_all EQUAL 0)
  message(FATAL_ERROR "${TESTS} lists no test cases")
endif()
list(REMOVE_ITEM all ${tagged})
if(all)
  message(FATAL_ERROR "test cases that no ctest runs (tag them with one of ${SPEC}):\n${all}")
endif()
message(STATUS "${n_tagged} of ${n_all} test cases carry a tag ctest runs")
