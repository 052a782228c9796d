/* Bad input, one test per class: each gets its own status, a message, the
 * path, line and column, and the documents loaded before stay intact. Also
 * the error object itself, argument checks, and allocation failure. */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "testutil.h"

static const char GOOD[] = " date 2021-06-22 The Justice Department announced a grant.\n\n"
                           "Memphis, Tennessee will receive it.\n";

typedef struct fixture {
    cp_corpus *corpus;
    cp_error *err;
    char *before_json; /* the corpus as JSON before the bad load */
} fixture;

static int setup(void **state) {
    fixture *f = calloc(1, sizeof *f);
    if (!f || cp_corpus_new(&f->corpus, NULL) != CP_OK)
        return -1;
    f->err = cp_error_new();
    if (!f->err)
        return -1;
    if (cp_corpus_load_buffer(f->corpus, "good.txt", GOOD, sizeof GOOD - 1, NULL) != CP_OK)
        return -1;
    if (cp_corpus_to_json(f->corpus, &f->before_json, NULL) != CP_OK)
        return -1;
    *state = f;
    return 0;
}

static int teardown(void **state) {
    fixture *f = *state;
    cp_string_free(f->before_json);
    cp_error_free(f->err);
    cp_corpus_free(f->corpus);
    free(f);
    return 0;
}

/* The good document is still there, byte for byte, and nothing else. */
static void assert_intact(fixture *f) {
    assert_int_equal(cp_corpus_document_count(f->corpus), 1);
    const cp_document *d = cp_corpus_document_by_id(f->corpus, "good");
    assert_non_null(d);
    assert_memory_equal(cp_document_bytes(d), GOOD, sizeof GOOD - 1);
    assert_string_equal(cp_document_date(d), "2021-06-22");
    char *json;
    assert_int_equal(cp_corpus_to_json(f->corpus, &json, NULL), CP_OK);
    assert_string_equal(json, f->before_json);
    cp_string_free(json);
}

static void load_bad(fixture *f, const char *name, const char *bytes, size_t size,
                     cp_status want, size_t line, size_t col, size_t offset) {
    cp_status st = cp_corpus_load_buffer(f->corpus, name, bytes, size, f->err);
    assert_int_equal(st, want);
    assert_int_equal(cp_error_status(f->err), want);
    assert_string_equal(cp_error_path(f->err), name);
    assert_int_equal(cp_error_line(f->err), line);
    assert_int_equal(cp_error_column(f->err), col);
    assert_int_equal(cp_error_offset(f->err), offset);
    assert_true(strlen(cp_error_message(f->err)) > 0);
    assert_intact(f);
}

static void test_invalid_utf8(void **state) {
    /* line 2, after "ab" and a two-byte é: column 4 in code points */
    static const char text[] = "Title line\nab\xC3\xA9\xFFz\n";
    load_bad(*state, "bad-utf8.txt", text, sizeof text - 1, CP_ERR_INVALID_UTF8, 2, 4, 15);
    assert_non_null(strstr(cp_error_message(((fixture *)*state)->err), "0xff"));
}

static void test_truncated_utf8(void **state) {
    static const char text[] = "Curly \xE2\x80";
    load_bad(*state, "cut.txt", text, sizeof text - 1, CP_ERR_INVALID_UTF8, 1, 7, 6);
}

static void test_overlong_and_surrogate(void **state) {
    static const char overlong[] = "x\xC0\xAF";
    load_bad(*state, "o.txt", overlong, sizeof overlong - 1, CP_ERR_INVALID_UTF8, 1, 2, 1);
    static const char surrogate[] = "ab\r\ncd\xED\xA0\x80";
    load_bad(*state, "s.txt", surrogate, sizeof surrogate - 1, CP_ERR_INVALID_UTF8, 2, 3, 6);
}

static void test_nul_byte(void **state) {
    static const char text[] = "first\r\nsec\0ond";
    load_bad(*state, "nul.txt", text, sizeof text - 1, CP_ERR_NUL_BYTE, 2, 4, 10);
}

static void test_empty(void **state) {
    load_bad(*state, "empty.txt", "", 0, CP_ERR_EMPTY, 1, 1, 0);
    load_bad(*state, "blank.txt", " \n\t\r\n", 5, CP_ERR_EMPTY, 1, 1, 0);
}

static void test_bad_header(void **state) {
    static const char month[] = " date 2021-13-45 Text.";
    load_bad(*state, "month.txt", month, sizeof month - 1, CP_ERR_BAD_HEADER, 1, 12, 11);
    static const char day[] = "date 2021-02-29 Text.";
    load_bad(*state, "day.txt", day, sizeof day - 1, CP_ERR_BAD_HEADER, 1, 14, 13);
    static const char shape[] = "date 2021-6-22 Text.";
    load_bad(*state, "shape.txt", shape, sizeof shape - 1, CP_ERR_BAD_HEADER, 1, 12, 11);
    /* after a BOM, columns still count code points */
    static const char bom[] = "\xEF\xBB\xBF" "date 2021-00-10 x";
    load_bad(*state, "bom.txt", bom, sizeof bom - 1, CP_ERR_BAD_HEADER, 1, 12, 13);
}

static void test_header_is_optional(void **state) {
    fixture *f = *state;
    static const char text[] = "date night is not a header.";
    assert_int_equal(cp_corpus_load_buffer(f->corpus, "n.txt", text, sizeof text - 1, f->err),
                     CP_OK);
    assert_null(cp_document_date(cp_corpus_document_by_id(f->corpus, "n")));
}

static void test_unreadable_path(void **state) {
    fixture *f = *state;
    assert_int_equal(cp_corpus_load_file(f->corpus, "/nonexistent/dir/x.txt", f->err),
                     CP_ERR_NOT_FOUND);
    assert_string_equal(cp_error_path(f->err), "/nonexistent/dir/x.txt");
    assert_int_equal(cp_error_line(f->err), 0);
    assert_intact(f);
    /* a directory given as a file */
    assert_int_equal(cp_corpus_load_file(f->corpus, CP_SEEDS_DIR, f->err), CP_ERR_IO);
    assert_intact(f);
    if (geteuid() != 0) { /* root reads everything */
        char path[] = "/tmp/cp-unreadable-XXXXXX";
        int fd = mkstemp(path);
        assert_true(fd >= 0);
        assert_int_equal(write(fd, "x", 1), 1);
        close(fd);
        chmod(path, 0);
        assert_int_equal(cp_corpus_load_file(f->corpus, path, f->err), CP_ERR_IO);
        unlink(path);
        assert_intact(f);
    }
}

static void test_directory_without_documents(void **state) {
    fixture *f = *state;
    char dir[] = "/tmp/cp-nodocs-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char other[4200];
    snprintf(other, sizeof other, "%s/notes.md", dir);
    FILE *fp = fopen(other, "w");
    assert_non_null(fp);
    fputs("not a document\n", fp);
    fclose(fp);
    assert_int_equal(cp_corpus_load_dir(f->corpus, dir, 0, f->err), CP_ERR_NO_DOCUMENTS);
    assert_string_equal(cp_error_path(f->err), dir);
    assert_intact(f);
    assert_int_equal(cp_corpus_load_path(f->corpus, dir, 0, f->err), CP_ERR_NO_DOCUMENTS);
    unlink(other);
    rmdir(dir);
}

static void write_file(const char *dir, const char *name, const char *text, size_t n) {
    char path[4200];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    assert_int_equal(fwrite(text, 1, n, fp), n);
    fclose(fp);
}

static void test_directory_all_or_nothing(void **state) {
    fixture *f = *state;
    char dir[] = "/tmp/cp-mixed-XXXXXX";
    assert_non_null(mkdtemp(dir));
    write_file(dir, "a.txt", "Alpha text.", 11);
    write_file(dir, "b.txt", "Bad \xFF byte.", 11);
    write_file(dir, "c.txt", "Gamma text.", 11);
    /* Without keep-going a bad file undoes the whole call. */
    assert_int_equal(cp_corpus_load_dir(f->corpus, dir, 0, f->err), CP_ERR_INVALID_UTF8);
    assert_non_null(strstr(cp_error_path(f->err), "b.txt"));
    assert_int_equal(cp_error_line(f->err), 1);
    assert_int_equal(cp_error_column(f->err), 5);
    assert_intact(f);
    assert_int_equal(cp_corpus_problem_count(f->corpus), 0);
    /* With keep-going the good files stay and the bad one is a problem. */
    assert_int_equal(cp_corpus_load_dir(f->corpus, dir, CP_LOAD_KEEP_GOING, f->err),
                     CP_ERR_INVALID_UTF8);
    assert_int_equal(cp_corpus_document_count(f->corpus), 3);
    assert_non_null(cp_corpus_document_by_id(f->corpus, "a"));
    assert_non_null(cp_corpus_document_by_id(f->corpus, "c"));
    assert_null(cp_corpus_document_by_id(f->corpus, "b"));
    assert_int_equal(cp_corpus_problem_count(f->corpus), 1);
    const cp_error *p = cp_corpus_problem_at(f->corpus, 0);
    assert_int_equal(cp_error_status(p), CP_ERR_INVALID_UTF8);
    assert_int_equal(cp_error_column(p), 5);
    assert_null(cp_corpus_problem_at(f->corpus, 1));
    /* Loading the same documents again: duplicate ids. */
    char path[4200];
    snprintf(path, sizeof path, "%s/a.txt", dir);
    assert_int_equal(cp_corpus_load_file(f->corpus, path, f->err), CP_ERR_DUPLICATE_ID);
    assert_int_equal(cp_corpus_document_count(f->corpus), 3);
    for (const char *n = "abc"; *n; n++) {
        snprintf(path, sizeof path, "%s/%c.txt", dir, *n);
        unlink(path);
    }
    rmdir(dir);
}

static void test_symlink_loop(void **state) {
    fixture *f = *state;
    char dir[] = "/tmp/cp-loop-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char sub[4200], link[4300];
    snprintf(sub, sizeof sub, "%s/sub", dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    write_file(sub, "doc.txt", "A document.", 11);
    snprintf(link, sizeof link, "%s/loop", sub);
    assert_int_equal(symlink(dir, link), 0);
    assert_int_equal(cp_corpus_load_path(f->corpus, dir, 0, f->err), CP_OK);
    assert_int_equal(cp_corpus_document_count(f->corpus), 2);
    unlink(link);
    char doc[4300];
    snprintf(doc, sizeof doc, "%s/doc.txt", sub);
    unlink(doc);
    rmdir(sub);
    rmdir(dir);
}

static void test_too_large(void **state) {
    fixture *f = *state;
    assert_int_equal(cp_corpus_set_max_document_size(f->corpus, 0), CP_ERR_INVALID_ARGUMENT);
    assert_int_equal(cp_corpus_set_max_document_size(f->corpus, 8), CP_OK);
    assert_int_equal(cp_corpus_max_document_size(f->corpus), 8);
    assert_int_equal(cp_corpus_load_buffer(f->corpus, "big.txt", "123456789", 9, f->err),
                     CP_ERR_TOO_LARGE);
    assert_intact(f);
    assert_int_equal(cp_corpus_set_max_document_size(f->corpus, 1u << 20), CP_OK);
}

static void test_arguments(void **state) {
    fixture *f = *state;
    assert_int_equal(cp_corpus_new(NULL, NULL), CP_ERR_INVALID_ARGUMENT);
    cp_corpus *c = (cp_corpus *)1;
    cp_allocator bad = {1, NULL, NULL, NULL, NULL};
    assert_int_equal(cp_corpus_new(&c, &bad), CP_ERR_INVALID_ARGUMENT);
    assert_null(c);
    assert_int_equal(cp_corpus_load_buffer(NULL, "x", "y", 1, f->err),
                     CP_ERR_INVALID_ARGUMENT);
    assert_int_equal(cp_corpus_load_buffer(f->corpus, "dir/", "y", 1, f->err),
                     CP_ERR_INVALID_ARGUMENT);
    assert_int_equal(cp_corpus_load_dir(f->corpus, CP_SEEDS_DIR, 0x80, f->err),
                     CP_ERR_INVALID_ARGUMENT);
    assert_int_equal(cp_corpus_to_json(f->corpus, NULL, NULL), CP_ERR_INVALID_ARGUMENT);
    assert_null(cp_corpus_document_at(f->corpus, 99));
    assert_null(cp_corpus_document_by_id(f->corpus, "nope"));
    assert_int_equal(cp_corpus_document_count(NULL), 0);
    assert_intact(f);
}

static void test_error_object(void **state) {
    (void)state;
    cp_error *e = cp_error_new();
    assert_non_null(e);
    assert_int_equal(cp_error_status(e), CP_OK);
    assert_string_equal(cp_error_message(e), "");
    cp_corpus *c;
    assert_int_equal(cp_corpus_new(&c, NULL), CP_OK);
    assert_int_equal(cp_corpus_load_buffer(c, "dir/x.txt", "a\nb\xFE", 4, e),
                     CP_ERR_INVALID_UTF8);
    char line[256];
    size_t n = cp_error_format(e, line, sizeof line);
    assert_int_equal(n, strlen(line));
    assert_memory_equal(line, "dir/x.txt:2:2: invalid UTF-8", 28);
    /* truncation keeps a NUL and reports the full length */
    char small[8];
    assert_int_equal(cp_error_format(e, small, sizeof small), n);
    assert_int_equal(strlen(small), 7);
    cp_error_clear(e);
    assert_int_equal(cp_error_status(e), CP_OK);
    assert_string_equal(cp_status_string(CP_OK), "success");
    assert_string_equal(cp_status_string(CP_ERR_NOMEM), "out of memory");
    assert_string_equal(cp_status_string((cp_status)999), "unknown status");
    /* NULL error objects are allowed everywhere */
    assert_int_equal(cp_corpus_load_buffer(c, "y.txt", "", 0, NULL), CP_ERR_EMPTY);
    assert_int_equal(cp_error_status(NULL), CP_OK);
    cp_corpus_free(c);
    cp_error_free(e);
    cp_error_free(NULL);
    cp_corpus_free(NULL);
}

/* Fail the 1st, 2nd, ... allocation of loading each seed into a corpus that
 * already holds a document: every failure is CP_ERR_NOMEM, the corpus keeps
 * its document and stays usable, and nothing leaks. */
static void test_allocation_failure(void **state) {
    (void)state;
    static const char *const seeds[] = {"000_cb7478d317e0990c", "001_128cdeab1240b2e1",
                                        "002_fad8123c6befce06", "003_30d921b88dc582be",
                                        "004_722d21e90fd49d95"};
    for (size_t s = 0; s < 5; s++) {
        size_t size;
        char *text = tu_read_file(tu_seed_path(seeds[s]), &size);
        assert_non_null(text);
        bool succeeded = false;
        for (size_t n = 1; !succeeded && n < 100000; n++) {
            tu_alloc st = {0};
            cp_allocator a = tu_allocator(&st);
            cp_corpus *c;
            assert_int_equal(cp_corpus_new(&c, &a), CP_OK);
            assert_int_equal(cp_corpus_load_buffer(c, "first.txt", GOOD, sizeof GOOD - 1, NULL),
                             CP_OK);
            st.fail_at = st.calls + n;
            cp_status r = cp_corpus_load_buffer(c, "seed.txt", text, size, NULL);
            if (r == CP_OK) {
                succeeded = true;
                assert_int_equal(st.failures, 0);
                assert_int_equal(cp_corpus_document_count(c), 2);
            } else {
                assert_int_equal(r, CP_ERR_NOMEM);
                assert_int_equal(st.failures, 1);
                assert_int_equal(cp_corpus_document_count(c), 1);
                assert_memory_equal(cp_document_bytes(cp_corpus_document_at(c, 0)), GOOD,
                                    sizeof GOOD - 1);
                st.fail_at = 0;
                /* still usable: the same load now works */
                assert_int_equal(cp_corpus_load_buffer(c, "seed.txt", text, size, NULL), CP_OK);
            }
            char *json = NULL;
            st.fail_at = st.calls + 1;
            assert_int_equal(cp_corpus_to_json(c, &json, NULL), CP_ERR_NOMEM);
            assert_null(json);
            st.fail_at = 0;
            assert_int_equal(cp_corpus_to_json(c, &json, NULL), CP_OK);
            cp_string_free(json);
            cp_corpus_free(c);
            assert_int_equal(st.live, 0);
        }
        assert_true(succeeded);
        free(text);
    }
}

/* The same for the other ways in: a directory loaded by worker threads, a
 * crimepolicy/1 model read back, a stream, and a directory whose blocks
 * are not kept. The n-th allocation fails for
 * n = 1, 2, ... (every one while they are few, then a stride through the
 * rest): each time the call fails with CP_ERR_NOMEM, the corpus still holds
 * exactly its first document, works afterwards, and nothing leaks. */
static bool count_one(const cp_corpus *one, const cp_document *doc, void *user) {
    (void)one;
    (void)doc;
    ++*(size_t *)user;
    return true;
}

typedef enum way { BY_THREADS, FROM_JSON, BY_STREAM, WITHOUT_BLOCKS } way;

static cp_status go(cp_corpus *c, way w, const char *json, size_t *shown) {
    switch (w) {
    case BY_THREADS:
        cp_corpus_set_jobs(c, 3);
        return cp_corpus_load_dir(c, CP_SEEDS_DIR, 0, NULL);
    case FROM_JSON:
        return cp_corpus_load_json(c, "model.json", json, strlen(json), NULL);
    case BY_STREAM:
        cp_corpus_set_jobs(c, 2);
        return cp_corpus_stream(c, CP_SEEDS_DIR, 0, count_one, shown, NULL);
    case WITHOUT_BLOCKS:
        cp_corpus_set_keep_blocks(c, false);
        return cp_corpus_load_dir(c, CP_SEEDS_DIR, 0, NULL);
    }
    return CP_ERR_INVALID_ARGUMENT;
}

static void test_allocation_failure_other_ways(void **state) {
    (void)state;
    cp_corpus *src;
    char *json;
    assert_int_equal(cp_corpus_new(&src, NULL), CP_OK);
    assert_int_equal(cp_corpus_load_dir(src, CP_SEEDS_DIR, 0, NULL), CP_OK);
    assert_int_equal(cp_corpus_to_json_ex(src, CP_JSON_COMPACT, &json, NULL), CP_OK);
    cp_corpus_free(src);
    for (way w = BY_THREADS; w <= WITHOUT_BLOCKS; w++) {
        bool succeeded = false;
        size_t tried = 0;
        for (size_t n = 1; !succeeded; n += n < 300 ? 1 : 97, tried++) {
            tu_alloc st = {0};
            cp_allocator a = tu_allocator(&st);
            cp_corpus *c;
            assert_int_equal(cp_corpus_new(&c, &a), CP_OK);
            assert_int_equal(cp_corpus_load_buffer(c, "first.txt", GOOD, sizeof GOOD - 1, NULL),
                             CP_OK);
            st.fail_at = st.calls + n;
            size_t shown = 0;
            cp_status r = go(c, w, json, &shown);
            if (r == CP_OK && st.failures == 0) {
                succeeded = true;
            } else {
                assert_int_equal(r, CP_ERR_NOMEM);
                assert_int_equal(cp_corpus_document_count(c), 1);
                assert_memory_equal(cp_document_bytes(cp_corpus_document_at(c, 0)), GOOD,
                                    sizeof GOOD - 1);
                st.fail_at = 0;
                shown = 0;
                assert_int_equal(go(c, w, json, &shown), CP_OK);
            }
            if (w == BY_STREAM)
                assert_int_equal(cp_corpus_document_count(c), 1); /* streams keep nothing */
            else
                assert_int_equal(cp_corpus_document_count(c), 6);
            cp_corpus_free(c);
            assert_int_equal(st.live, 0);
            assert_int_equal(st.live_bytes, 0);
        }
        assert_true(tried > 20); /* the failures did happen, many times */
    }
    cp_string_free(json);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_invalid_utf8, setup, teardown),
        cmocka_unit_test_setup_teardown(test_truncated_utf8, setup, teardown),
        cmocka_unit_test_setup_teardown(test_overlong_and_surrogate, setup, teardown),
        cmocka_unit_test_setup_teardown(test_nul_byte, setup, teardown),
        cmocka_unit_test_setup_teardown(test_empty, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bad_header, setup, teardown),
        cmocka_unit_test_setup_teardown(test_header_is_optional, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unreadable_path, setup, teardown),
        cmocka_unit_test_setup_teardown(test_directory_without_documents, setup, teardown),
        cmocka_unit_test_setup_teardown(test_directory_all_or_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(test_symlink_loop, setup, teardown),
        cmocka_unit_test_setup_teardown(test_too_large, setup, teardown),
        cmocka_unit_test_setup_teardown(test_arguments, setup, teardown),
        cmocka_unit_test(test_error_object),
        cmocka_unit_test(test_allocation_failure),
        cmocka_unit_test(test_allocation_failure_other_ways),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
