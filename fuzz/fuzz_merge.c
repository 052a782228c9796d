/* Merge: any bytes as crimepolicy/1 JSON. Refused with a position inside the
 * input and the corpus unchanged, or read; a model read exports JSON that
 * reads back to the same bytes. */
#include <crimepolicy.h>
#include <stdint.h>
#include <string.h>

#include "fuzz_check.h"

static const char SEED_DOC[] = "date 2021-06-22\nThe partnership works in Memphis, Tennessee.\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    cp_corpus *c;
    if (cp_corpus_new(&c, NULL) != CP_OK)
        return 0;
    CHECK(cp_corpus_load_buffer(c, "base.txt", SEED_DOC, sizeof SEED_DOC - 1, NULL) == CP_OK);
    char *before;
    CHECK(cp_corpus_to_json(c, &before, NULL) == CP_OK);
    cp_error *err = cp_error_new();
    cp_status st = cp_corpus_load_json(c, "input.json", (const char *)data, size, err);
    char *after;
    size_t n;
    CHECK(cp_corpus_to_json(c, &after, &n) == CP_OK);
    if (st != CP_OK) {
        CHECK(cp_error_status(err) == st);
        CHECK(cp_error_offset(err) <= size);
        CHECK(strcmp(before, after) == 0);
    } else {
        cp_corpus *back;
        CHECK(cp_corpus_new(&back, NULL) == CP_OK);
        CHECK(cp_corpus_load_json(back, "again.json", after, n, NULL) == CP_OK);
        char *again;
        CHECK(cp_corpus_to_json(back, &again, NULL) == CP_OK);
        CHECK(strcmp(after, again) == 0);
        cp_string_free(again);
        cp_corpus_free(back);
    }
    cp_string_free(before);
    cp_string_free(after);
    cp_error_free(err);
    cp_corpus_free(c);
    return 0;
}
