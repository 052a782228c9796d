/* The version: macros, run-time values and the string agree. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <cmocka.h>

#include <crimepolicy.h>

static void test_version(void **state) {
    (void)state;
    assert_int_equal(cp_version(), CP_VERSION);
    assert_int_equal(CP_VERSION, (CP_VERSION_MAJOR << 16) | (CP_VERSION_MINOR << 8) |
                                     CP_VERSION_PATCH);
    assert_string_equal(cp_version_string(), CP_VERSION_STRING);
    char expect[32];
    snprintf(expect, sizeof expect, "%d.%d.%d", CP_VERSION_MAJOR, CP_VERSION_MINOR,
             CP_VERSION_PATCH);
    assert_string_equal(cp_version_string(), expect);
}

static void test_enum_names(void **state) {
    (void)state;
    assert_string_equal(cp_document_kind_name(CP_DOCUMENT_PRESS_RELEASE), "press_release");
    assert_string_equal(cp_document_kind_name(CP_DOCUMENT_FACT_SHEET), "fact_sheet");
    assert_string_equal(cp_document_kind_name((cp_document_kind)77), "unknown");
    assert_string_equal(cp_block_kind_name(CP_BLOCK_LIST_ITEM), "list_item");
    assert_string_equal(cp_block_kind_name(CP_BLOCK_ARTEFACT), "artefact");
    assert_string_equal(cp_block_kind_name((cp_block_kind)77), "none");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_version),
        cmocka_unit_test(test_enum_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
