/* Every allocation of a load fails in turn, the arena's included.
 *
 * The arena normally serves many requests from one chunk, so a failing
 * malloc only ever hits the few that open a chunk. Here every arena request
 * gets a chunk of its own (cpi_arena_exact_chunks), and the load of a
 * document is repeated with its 1st, 2nd, ... allocation failing until it
 * succeeds. Each failed load must report CP_ERR_NOMEM and leave the corpus
 * as it was; a load that returns CP_OK must have had no failure, and its
 * JSON must equal a load without any: a failure taken for "nothing found"
 * (a unit, an acronym) would show there. */
#define _POSIX_C_SOURCE 200809L /* mkdtemp */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "arena.h"
#include "testutil.h"

/* Loaded before each sweep: entities the later documents name again, so
 * that a failing load has appended to lists the corpus had. */
static const char FIRST[] = "The Justice Department and the FBI announced a grant of $2 "
                            "million in Memphis, Tenn.\n";

/* A document for every extractor: dateline, officials, an acronym, a
 * program with sites and an agency, figures with units, rates and a
 * change, a county, a region and a quoted program. */
static const char RICH[] =
    "date: 2021-06-22\n"
    "\n"
    "# Attorney General Announces Gun Trafficking Strike Forces\n"
    "\n"
    "WASHINGTON, June 22, 2021 - Attorney General Merrick B. Garland announced the\n"
    "National Public Safety Partnership (PSP) in Kansas City, Mo., Memphis, Tenn., and\n"
    "Cook County, Illinois, with the ATF and the FBI. The \"Triggerlock\" program\n"
    "continues in the Twin Cities.\n"
    "\n"
    "- About 316 people are shot every day.\n"
    "- Homicides rose from about 6,000 annually to 8,000.\n"
    "- The PSP Regional Teams trained 1,200 officers in twelve cities.\n";

static char *json_of(cp_corpus *c) {
    char *json = NULL;
    assert_int_equal(cp_corpus_to_json_ex(c, CP_JSON_COMPACT, &json, NULL), CP_OK);
    return json;
}

/* What a sweep loads after FIRST: one document from memory, or files. */
typedef struct job {
    const char *text;
    size_t size;
    const char *const *paths;
    size_t path_count;
} job;

static cp_status run(cp_corpus *c, const job *j) {
    if (j->paths)
        return cp_corpus_load_files(c, j->paths, j->path_count, 0, NULL);
    return cp_corpus_load_buffer(c, "doc.txt", j->text, j->size, NULL);
}

/* The JSON of FIRST and the job loaded with nothing failing. */
static char *reference(const job *j) {
    cp_corpus *c;
    assert_int_equal(cp_corpus_new(&c, NULL), CP_OK);
    assert_int_equal(cp_corpus_load_buffer(c, "first.txt", FIRST, sizeof FIRST - 1, NULL), CP_OK);
    assert_int_equal(run(c, j), CP_OK);
    char *json = json_of(c);
    cp_corpus_free(c);
    return json;
}

static void sweep(const job *j) {
    char *want = reference(j);
    size_t failed_loads = 0;
    bool succeeded = false;
    for (size_t n = 1; !succeeded; n++) {
        tu_alloc st = {0};
        cp_allocator a = tu_allocator(&st);
        cp_corpus *c;
        assert_int_equal(cp_corpus_new(&c, &a), CP_OK);
        assert_int_equal(cp_corpus_load_buffer(c, "first.txt", FIRST, sizeof FIRST - 1, NULL),
                         CP_OK);
        char *before = json_of(c);
        st.fail_at = st.calls + n;
        cp_status r = run(c, j);
        st.fail_at = 0;
        if (r == CP_OK) {
            assert_int_equal(st.failures, 0); /* no failure went unreported */
            succeeded = true;
        } else {
            assert_int_equal(r, CP_ERR_NOMEM);
            assert_int_equal(st.failures, 1);
            failed_loads++;
            char *after = json_of(c); /* the corpus is as it was */
            assert_string_equal(after, before);
            cp_string_free(after);
            assert_int_equal(run(c, j), CP_OK);
        }
        char *got = json_of(c);
        assert_string_equal(got, want);
        cp_string_free(got);
        cp_string_free(before);
        cp_corpus_free(c);
        assert_int_equal(st.live, 0);
    }
    assert_true(failed_loads > 50); /* the arena's requests did fail */
    cp_string_free(want);
}

static void test_rich_document(void **state) {
    (void)state;
    job j = {RICH, sizeof RICH - 1, NULL, 0};
    sweep(&j);
}

static void test_seed(void **state) {
    (void)state;
    size_t size;
    char *text = tu_read_file(tu_seed_path("003_30d921b88dc582be"), &size);
    assert_non_null(text);
    job j = {text, size, NULL, 0};
    sweep(&j);
    free(text);
}

/* A batch (one transaction over several documents): the same text twice,
 * the second folded in with the smaller id, so that it wins every field
 * and the journal saves the corpus's bytes before overwriting them. */
static void test_batch(void **state) {
    (void)state;
    char dir[] = "/tmp/cp-test-alloc-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char z[64], a[64];
    snprintf(z, sizeof z, "%s/z.txt", dir);
    snprintf(a, sizeof a, "%s/a.txt", dir);
    for (int k = 0; k < 2; k++) {
        FILE *f = fopen(k ? a : z, "wb");
        assert_non_null(f);
        assert_int_equal(fwrite(RICH, 1, sizeof RICH - 1, f), sizeof RICH - 1);
        fclose(f);
    }
    const char *paths[] = {z, a};
    job j = {NULL, 0, paths, 2};
    sweep(&j);
    remove(z);
    remove(a);
    rmdir(dir);
}

static int discard(const char *bytes, size_t size, void *user) {
    (void)bytes;
    *(size_t *)user += size;
    return 0;
}

/* cp_corpus_write_json with each of its allocations failing in turn: it
 * says so, frees what it took, and a later export is whole. */
static void test_write_json(void **state) {
    (void)state;
    char *want = reference(&(job){RICH, sizeof RICH - 1, NULL, 0});
    bool succeeded = false;
    for (size_t n = 1; !succeeded; n++) {
        tu_alloc st = {0};
        cp_allocator a = tu_allocator(&st);
        cp_corpus *c;
        assert_int_equal(cp_corpus_new(&c, &a), CP_OK);
        assert_int_equal(cp_corpus_load_buffer(c, "first.txt", FIRST, sizeof FIRST - 1, NULL),
                         CP_OK);
        assert_int_equal(cp_corpus_load_buffer(c, "doc.txt", RICH, sizeof RICH - 1, NULL), CP_OK);
        size_t live = st.live, written = 0;
        st.fail_at = st.calls + n;
        cp_status r = cp_corpus_write_json(c, CP_JSON_COMPACT, discard, &written);
        st.fail_at = 0;
        assert_int_equal(st.live, live); /* nothing kept */
        if (r == CP_OK) {
            assert_int_equal(st.failures, 0);
            assert_int_equal(written, strlen(want));
            succeeded = true;
        } else {
            assert_int_equal(r, CP_ERR_NOMEM);
            char *got = json_of(c);
            assert_string_equal(got, want);
            cp_string_free(got);
        }
        cp_corpus_free(c);
        assert_int_equal(st.live, 0);
    }
    cp_string_free(want);
}

static int exact_on(void **state) {
    (void)state;
    cpi_arena_exact_chunks(true);
    return 0;
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rich_document),
        cmocka_unit_test(test_seed),
        cmocka_unit_test(test_batch),
        cmocka_unit_test(test_write_json),
    };
    return cmocka_run_group_tests(tests, exact_on, NULL);
}
