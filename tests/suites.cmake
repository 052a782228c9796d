# The cmocka suites and the case/CLI runners (included by tests/CMakeLists.txt).
cp_add_cmocka_test(test_text unit unit/test_text.c)
cp_add_cmocka_test(test_meta unit unit/test_meta.c)
cp_add_cmocka_test(test_arena unit unit/test_arena.c)
cp_add_cmocka_test(test_workers unit unit/test_workers.c)
cp_add_cmocka_test(test_alloc unit unit/test_alloc.c support/testutil.c)
cp_add_cmocka_test(test_seeds api api/test_seeds.c support/testutil.c)
cp_add_cmocka_test(test_errors api api/test_errors.c support/testutil.c)
cp_add_cmocka_test(test_version api api/test_version.c)
cp_add_cmocka_test(test_model api api/test_model.c support/testutil.c)
cp_add_cmocka_test(test_extract api api/test_extract.c support/testutil.c)
cp_add_cmocka_test(test_scale api api/test_scale.c support/testutil.c)
cp_add_cmocka_test(test_threads api api/test_threads.c support/testutil.c)

if(CP_BUILD_EXAMPLES)
  add_test(NAME cases
           COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/cases/run.sh
                   $<TARGET_FILE:crimepolicy_cli> ${CMAKE_CURRENT_SOURCE_DIR}/cases)
  set_tests_properties(cases PROPERTIES LABELS cases)
  add_test(NAME cli
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/cli/test_cli.py
                   $<TARGET_FILE:crimepolicy_cli> ${PROJECT_SOURCE_DIR}/seeds)
  set_tests_properties(cli PROPERTIES LABELS cli)
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

# The Python binding (ctypes) against the shared library just built.
if(CP_BUILD_EXAMPLES)
add_test(NAME python
         COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/python/tests/test_crimepolicy.py)
set_tests_properties(python PROPERTIES LABELS python
  ENVIRONMENT "CRIMEPOLICY_LIBRARY=$<TARGET_FILE:crimepolicy>;SEEDS=${PROJECT_SOURCE_DIR}/seeds;CRIMEPOLICY_CLI=$<TARGET_FILE:crimepolicy_cli>")
add_test(NAME python_example
         COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/examples/python/sites_by_program.py
                 ${PROJECT_SOURCE_DIR}/seeds)
set_tests_properties(python_example PROPERTIES LABELS python
  ENVIRONMENT "CRIMEPOLICY_LIBRARY=$<TARGET_FILE:crimepolicy>;PYTHONPATH=${PROJECT_SOURCE_DIR}/python"
  PASS_REGULAR_EXPRESSION "National Public Safety Partnership: .*Kansas City, MO")
endif()

add_test(NAME python_pip_install
         COMMAND sh ${PROJECT_SOURCE_DIR}/python/tests/pip_install.sh ${PROJECT_SOURCE_DIR}
                 $<TARGET_FILE:crimepolicy>)
set_tests_properties(python_pip_install PROPERTIES LABELS python TIMEOUT 300)

# Hostile inputs (huge, deep, invalid, special files) through the CLI.
if(CP_BUILD_EXAMPLES)
  add_test(NAME hostile
           COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/hostile/run.sh $<TARGET_FILE_DIR:crimepolicy_cli>)
  set_tests_properties(hostile PROPERTIES LABELS cli ENVIRONMENT "PYTHON=${Python3_EXECUTABLE}")
endif()

# Map and reduce beyond one process: GNU parallel over the CLI, and Dask
# (Debian's python3-distributed, a LocalCluster) over the Python binding.
if(CP_BUILD_EXAMPLES)
  add_test(NAME map_reduce_parallel
           COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/scale/same_as_json.sh
                   $<TARGET_FILE:crimepolicy_cli> ${PROJECT_SOURCE_DIR}/seeds
                   bash ${PROJECT_SOURCE_DIR}/examples/parallel/map_reduce.sh
                   $<TARGET_FILE:crimepolicy_cli> ${PROJECT_SOURCE_DIR}/seeds)
  set_tests_properties(map_reduce_parallel PROPERTIES LABELS cli)
  add_test(NAME map_reduce_dask
           COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/scale/same_as_json.sh
                   $<TARGET_FILE:crimepolicy_cli> ${PROJECT_SOURCE_DIR}/seeds
                   /usr/bin/python3 ${PROJECT_SOURCE_DIR}/examples/python/dask_map_reduce.py
                   --batch 2 ${PROJECT_SOURCE_DIR}/seeds)
  set_tests_properties(map_reduce_dask PROPERTIES LABELS python TIMEOUT 120
    ENVIRONMENT "CRIMEPOLICY_LIBRARY=$<TARGET_FILE:crimepolicy>;PYTHONPATH=${PROJECT_SOURCE_DIR}/python")
endif()
