# The cmocka suites and the case/CLI runners (included by tests/CMakeLists.txt).
cp_add_cmocka_test(test_text unit unit/test_text.c)
cp_add_cmocka_test(test_meta unit unit/test_meta.c)
cp_add_cmocka_test(test_seeds api api/test_seeds.c support/testutil.c)
cp_add_cmocka_test(test_errors api api/test_errors.c support/testutil.c)
cp_add_cmocka_test(test_version api api/test_version.c)
cp_add_cmocka_test(test_model api api/test_model.c support/testutil.c)
cp_add_cmocka_test(test_extract api api/test_extract.c support/testutil.c)

if(CP_BUILD_EXAMPLES)
  add_test(NAME cases
           COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/cases/run.sh
                   $<TARGET_FILE:crimepolicy_cli> ${CMAKE_CURRENT_SOURCE_DIR}/cases)
  set_tests_properties(cases PROPERTIES LABELS cases)
  find_package(Python3 COMPONENTS Interpreter)
  if(Python3_Interpreter_FOUND)
    add_test(NAME cli
             COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/cli/test_cli.py
                     $<TARGET_FILE:crimepolicy_cli> ${PROJECT_SOURCE_DIR}/seeds)
    set_tests_properties(cli PROPERTIES LABELS cli)
  endif()
endif()

# The C examples build and run over the seeds.
if(CP_BUILD_EXAMPLES)
  add_test(NAME example_list_sites COMMAND list_sites ${PROJECT_SOURCE_DIR}/seeds)
  set_tests_properties(example_list_sites PROPERTIES LABELS examples
                       PASS_REGULAR_EXPRESSION "Kansas City +MO city .*National Public Safety Partnership")
  add_test(NAME example_figures COMMAND figures ${PROJECT_SOURCE_DIR}/seeds)
  set_tests_properties(example_figures PROPERTIES LABELS examples
                       PASS_REGULAR_EXPRESSION "change +8000 \\(from 6000\\)")
endif()
