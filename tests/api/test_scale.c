/* Threads, streaming and merging: the model and its JSON are the same
 * whatever the number of threads, a stream shows each document as loading it
 * alone would, and merging the JSON of any split of the seeds gives the JSON
 * of loading them at once. */
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

enum { SEED_COUNT = 5 };
static const char *const SEEDS[SEED_COUNT] = {"000_cb7478d317e0990c", "001_128cdeab1240b2e1",
                                              "002_fad8123c6befce06", "003_30d921b88dc582be",
                                              "004_722d21e90fd49d95"};

/* ---- helpers -------------------------------------------------------------- */

/* The JSON of a corpus, as a malloc'd copy (free it with free()). */
static char *json_of(const cp_corpus *c) {
    char *json;
    assert_int_equal(cp_corpus_to_json(c, &json, NULL), CP_OK);
    char *copy = strdup(json);
    cp_string_free(json);
    assert_non_null(copy);
    return copy;
}

static char *json_of_dir(const char *dir, unsigned jobs, uint32_t flags, size_t *problems) {
    cp_corpus *c;
    assert_int_equal(cp_corpus_new(&c, NULL), CP_OK);
    cp_corpus_set_jobs(c, jobs);
    assert_int_equal(cp_corpus_jobs(c), jobs);
    cp_status st = cp_corpus_load_dir(c, dir, flags, NULL);
    if (!(flags & CP_LOAD_KEEP_GOING))
        assert_int_equal(st, CP_OK);
    if (problems)
        *problems = cp_corpus_problem_count(c);
    char *json = json_of(c);
    cp_corpus_free(c);
    return json;
}

static void write_file(const char *path, const char *bytes, size_t size) {
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(bytes, 1, size, f), size);
    fclose(f);
}

/* A scratch directory holding the seeds many times over under new names, so
 * that threads have plenty to share. */
static char scratch[256];

static int make_scratch(void **state) {
    (void)state;
    snprintf(scratch, sizeof scratch, "%s/cp-scale-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(scratch))
        return -1;
    for (int copy = 0; copy < 12; copy++) {
        for (int i = 0; i < SEED_COUNT; i++) {
            size_t size;
            char *bytes = tu_read_file(tu_seed_path(SEEDS[i]), &size);
            if (!bytes)
                return -1;
            char path[512];
            snprintf(path, sizeof path, "%s/c%02d_%s.txt", scratch, copy, SEEDS[i]);
            write_file(path, bytes, size);
            free(bytes);
        }
    }
    return 0;
}

static int remove_scratch(void **state) {
    (void)state;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", scratch);
    return system(cmd) == 0 ? 0 : -1;
}

/* ---- threads -------------------------------------------------------------- */

static void test_jobs_give_the_same_json(void **state) {
    (void)state;
    char *one = json_of_dir(scratch, 1, 0, NULL);
    for (unsigned jobs = 2; jobs <= 8; jobs *= 2) {
        char *many = json_of_dir(scratch, jobs, 0, NULL);
        assert_string_equal(one, many);
        free(many);
    }
    /* and the seeds themselves, with more threads than documents */
    char *seeds1 = json_of_dir(CP_SEEDS_DIR, 1, 0, NULL);
    char *seeds16 = json_of_dir(CP_SEEDS_DIR, 16, 0, NULL);
    assert_string_equal(seeds1, seeds16);
    free(seeds1);
    free(seeds16);
    free(one);
}

static void test_zero_jobs_means_one_per_processor(void **state) {
    (void)state;
    cp_corpus *c;
    assert_int_equal(cp_corpus_new(&c, NULL), CP_OK);
    assert_int_equal(cp_corpus_jobs(c), 1);
    cp_corpus_set_jobs(c, 0);
    assert_true(cp_corpus_jobs(c) >= 1);
    cp_corpus_free(c);
}

/* Bad files among good ones: the same problems, in path order, and with
 * keep-going the same model, for one thread or several; without keep-going
 * the corpus is left as it was. */
static void test_bad_files_with_threads(void **state) {
    (void)state;
    char path[512];
    snprintf(path, sizeof path, "%s/c05_bad_utf8.txt", scratch);
    write_file(path, "date 2020-01-01\n\xff oops\n", 22);
    snprintf(path, sizeof path, "%s/c09_empty.txt", scratch);
    write_file(path, "", 0);
    size_t p1, p4;
    char *one = json_of_dir(scratch, 1, CP_LOAD_KEEP_GOING, &p1);
    char *four = json_of_dir(scratch, 4, CP_LOAD_KEEP_GOING, &p4);
    assert_int_equal(p1, 2);
    assert_int_equal(p4, 2);
    assert_string_equal(one, four);
    free(one);
    free(four);

    cp_corpus *c;
    assert_int_equal(cp_corpus_new(&c, NULL), CP_OK);
    cp_corpus_set_jobs(c, 4);
    assert_int_equal(cp_corpus_load_dir(c, CP_SEEDS_DIR, 0, NULL), CP_OK);
    char *before = json_of(c);
    cp_error *err = cp_error_new();
    assert_int_equal(cp_corpus_load_dir(c, scratch, 0, err), CP_ERR_INVALID_UTF8);
    assert_non_null(strstr(cp_error_path(err), "c05_bad_utf8.txt"));
    assert_int_equal(cp_error_line(err), 2);
    assert_int_equal(cp_error_column(err), 1);
    char *after = json_of(c);
    assert_string_equal(before, after);
    assert_int_equal(cp_corpus_document_count(c), SEED_COUNT);
    free(before);
    free(after);
    cp_error_free(err);
    cp_corpus_free(c);
    snprintf(path, sizeof path, "%s/c05_bad_utf8.txt", scratch);
    unlink(path);
    snprintf(path, sizeof path, "%s/c09_empty.txt", scratch);
    unlink(path);
}

static void test_load_files_is_a_batch(void **state) {
    (void)state;
    const char *paths[SEED_COUNT];
    char buf[SEED_COUNT][512];
    for (int i = 0; i < SEED_COUNT; i++) {
        snprintf(buf[i], sizeof buf[i], "%s", tu_seed_path(SEEDS[SEED_COUNT - 1 - i]));
        paths[i] = buf[i];
    }
    cp_corpus *c;
    assert_int_equal(cp_corpus_new(&c, NULL), CP_OK);
    cp_corpus_set_jobs(c, 2);
    assert_int_equal(cp_corpus_load_files(c, paths, SEED_COUNT, 0, NULL), CP_OK);
    /* in the order given */
    assert_string_equal(cp_document_id(cp_corpus_document_at(c, 0)), SEEDS[SEED_COUNT - 1]);
    char *listed = json_of(c);
    char *walked = json_of_dir(CP_SEEDS_DIR, 1, 0, NULL);
    assert_string_equal(listed, walked);
    /* the same files again: every one a duplicate, nothing changes */
    assert_int_equal(cp_corpus_load_files(c, paths, SEED_COUNT, 0, NULL), CP_ERR_DUPLICATE_ID);
    assert_int_equal(cp_corpus_document_count(c), SEED_COUNT);
    assert_int_equal(cp_corpus_load_files(c, paths, 0, 0, NULL), CP_OK);
    assert_int_equal(cp_corpus_load_files(c, NULL, 1, 0, NULL), CP_ERR_INVALID_ARGUMENT);
    free(listed);
    free(walked);
    cp_corpus_free(c);
}

/* ---- streaming --------------------------------------------------------------- */

typedef struct seen {
    size_t count;
    size_t stop_after;
    char *lines[64];
    char ids[64][64];
} seen;

static bool keep_line(const cp_corpus *one, const cp_document *doc, void *user) {
    seen *s = user;
    assert_int_equal(cp_corpus_document_count(one), 1);
    assert_ptr_equal(cp_corpus_document_at(one, 0), doc);
    assert_ptr_equal(cp_corpus_document_by_id(one, cp_document_id(doc)), doc);
    char *json;
    assert_int_equal(cp_corpus_to_json_ex(one, CP_JSON_COMPACT, &json, NULL), CP_OK);
    assert_null(strchr(json, '\n'));
    if (s->count < 64) {
        s->lines[s->count] = strdup(json);
        snprintf(s->ids[s->count], sizeof s->ids[0], "%s", cp_document_id(doc));
    }
    cp_string_free(json);
    s->count++;
    return s->stop_after == 0 || s->count < s->stop_after;
}

static void test_stream_shows_each_document_alone(void **state) {
    (void)state;
    for (unsigned jobs = 1; jobs <= 3; jobs += 2) {
        cp_corpus *c;
        assert_int_equal(cp_corpus_new(&c, NULL), CP_OK);
        cp_corpus_set_jobs(c, jobs);
        seen s;
        memset(&s, 0, sizeof s);
        assert_int_equal(cp_corpus_stream(c, CP_SEEDS_DIR, 0, keep_line, &s, NULL), CP_OK);
        assert_int_equal(s.count, SEED_COUNT);
        assert_int_equal(cp_corpus_document_count(c), 0); /* nothing kept */
        for (int i = 0; i < SEED_COUNT; i++) {
            assert_string_equal(s.ids[i], SEEDS[i]); /* path order */
            /* the line is the compact JSON of that document loaded alone */
            cp_corpus *alone;
            assert_int_equal(cp_corpus_new(&alone, NULL), CP_OK);
            assert_int_equal(cp_corpus_load_file(alone, tu_seed_path(SEEDS[i]), NULL), CP_OK);
            char *json;
            assert_int_equal(cp_corpus_to_json_ex(alone, CP_JSON_COMPACT, &json, NULL), CP_OK);
            assert_string_equal(s.lines[i], json);
            cp_string_free(json);
            cp_corpus_free(alone);
            free(s.lines[i]);
        }
        /* a stream stops when asked */
        memset(&s, 0, sizeof s);
        s.stop_after = 2;
        assert_int_equal(cp_corpus_stream(c, CP_SEEDS_DIR, 0, keep_line, &s, NULL), CP_OK);
        assert_int_equal(s.count, 2);
        for (size_t i = 0; i < s.count; i++)
            free(s.lines[i]);
        cp_corpus_free(c);
    }
}

static void test_stream_errors(void **state) {
    (void)state;
    cp_corpus *c;
    assert_int_equal(cp_corpus_new(&c, NULL), CP_OK);
    seen s;
    memset(&s, 0, sizeof s);
    cp_error *err = cp_error_new();
    assert_int_equal(cp_corpus_stream(c, "/nonexistent/dir", 0, keep_line, &s, err),
                     CP_ERR_NOT_FOUND);
    assert_int_equal(cp_corpus_stream(c, CP_SEEDS_DIR, 0, NULL, &s, err),
                     CP_ERR_INVALID_ARGUMENT);
    assert_int_equal(cp_corpus_stream(c, CP_SEEDS_DIR, 8, keep_line, &s, err),
                     CP_ERR_INVALID_ARGUMENT);
    /* one file is a stream of one */
    assert_int_equal(cp_corpus_stream(c, tu_seed_path(SEEDS[2]), 0, keep_line, &s, err), CP_OK);
    assert_int_equal(s.count, 1);
    free(s.lines[0]);
    cp_error_free(err);
    cp_corpus_free(c);
}

/* ---- JSON written through a sink ------------------------------------------------------ */

/* A sink that keeps what it gets, and refuses its call number fail_at. */
typedef struct sink {
    char *text;
    size_t size, cap, calls, fail_at;
} sink;

static int keep_piece(const char *bytes, size_t size, void *user) {
    sink *k = user;
    if (++k->calls == k->fail_at)
        return -1;
    assert_true(size > 0);
    if (k->size + size > k->cap) {
        k->cap = 2 * (k->size + size);
        k->text = realloc(k->text, k->cap);
        assert_non_null(k->text);
    }
    memcpy(k->text + k->size, bytes, size);
    k->size += size;
    return 0;
}

/* Documents written here, loaded in id order but for the first, loaded
 * last: each entity's mentions are written in load order until that last
 * one shows they are out of order, then taken back and written again
 * sorted. Chicago's mentions alone are larger than the sink's window. */
static cp_corpus *many_mentions(void) {
    cp_corpus *c;
    assert_int_equal(cp_corpus_new(&c, NULL), CP_OK);
    for (int k = 1; k <= 1500; k++) {
        int i = k % 1500;
        char name[32], text[256];
        snprintf(name, sizeof name, "d%04d.txt", i);
        int n = snprintf(text, sizeof text,
                         "The National Public Safety Partnership works in Chicago, Ill., "
                         "where %d people were shot in %d; Chicago police made %d arrests.\n",
                         100 + i, 1990 + i % 30, 7 * i + 3);
        assert_int_equal(cp_corpus_load_buffer(c, name, text, (size_t)n, NULL), CP_OK);
    }
    return c;
}

static void test_written_json_is_the_string(void **state) {
    (void)state;
    cp_corpus *c = many_mentions();
    for (int compact = 0; compact < 2; compact++) {
        uint32_t flags = compact ? CP_JSON_COMPACT : CP_JSON_DEFAULT;
        char *json;
        size_t size;
        assert_int_equal(cp_corpus_to_json_ex(c, flags, &json, &size), CP_OK);
        assert_true(size > 4 * 65536);
        sink k = {0};
        assert_int_equal(cp_corpus_write_json(c, flags, keep_piece, &k), CP_OK);
        assert_true(k.calls > 4); /* in pieces, not at once */
        assert_int_equal(k.size, size);
        assert_memory_equal(k.text, json, size);
        free(k.text);
        cp_string_free(json);
    }
    /* the seeds, small enough for one piece */
    cp_corpus *seeds;
    assert_int_equal(cp_corpus_new(&seeds, NULL), CP_OK);
    assert_int_equal(cp_corpus_load_dir(seeds, CP_SEEDS_DIR, 0, NULL), CP_OK);
    char *json;
    size_t size;
    assert_int_equal(cp_corpus_to_json(seeds, &json, &size), CP_OK);
    sink k = {0};
    assert_int_equal(cp_corpus_write_json(seeds, CP_JSON_DEFAULT, keep_piece, &k), CP_OK);
    assert_int_equal(k.size, size);
    assert_memory_equal(k.text, json, size);
    free(k.text);
    cp_string_free(json);
    cp_corpus_free(seeds);
    cp_corpus_free(c);
}

static void test_write_json_errors(void **state) {
    (void)state;
    cp_corpus *c = many_mentions();
    /* a sink that refuses stops the export there */
    sink k = {.fail_at = 3};
    assert_int_equal(cp_corpus_write_json(c, CP_JSON_DEFAULT, keep_piece, &k), CP_ERR_IO);
    assert_int_equal(k.calls, 3);
    free(k.text);
    sink first = {.fail_at = 1};
    assert_int_equal(cp_corpus_write_json(c, CP_JSON_COMPACT, keep_piece, &first), CP_ERR_IO);
    assert_int_equal(first.calls, 1);
    assert_int_equal(first.size, 0);
    sink none = {0};
    assert_int_equal(cp_corpus_write_json(NULL, 0, keep_piece, &none), CP_ERR_INVALID_ARGUMENT);
    assert_int_equal(cp_corpus_write_json(c, 0, NULL, &none), CP_ERR_INVALID_ARGUMENT);
    assert_int_equal(cp_corpus_write_json(c, 4, keep_piece, &none), CP_ERR_INVALID_ARGUMENT);
    assert_int_equal(none.calls, 0);
    /* the corpus is untouched: a whole export after the failed ones */
    char *json;
    size_t size;
    assert_int_equal(cp_corpus_to_json(c, &json, &size), CP_OK);
    assert_int_equal(cp_corpus_write_json(c, CP_JSON_DEFAULT, keep_piece, &none), CP_OK);
    assert_int_equal(none.size, size);
    assert_memory_equal(none.text, json, size);
    free(none.text);
    cp_string_free(json);
    cp_corpus_free(c);
}

/* ---- merging ---------------------------------------------------------------------- */

/* The compact JSON of a corpus holding the seeds whose bit is set in mask. */
static char *json_of_part(unsigned mask, bool compact) {
    cp_corpus *c;
    assert_int_equal(cp_corpus_new(&c, NULL), CP_OK);
    for (int i = 0; i < SEED_COUNT; i++)
        if (mask & (1u << i))
            assert_int_equal(cp_corpus_load_file(c, tu_seed_path(SEEDS[i]), NULL), CP_OK);
    char *json;
    assert_int_equal(cp_corpus_to_json_ex(c, compact ? CP_JSON_COMPACT : CP_JSON_DEFAULT, &json,
                                          NULL),
                     CP_OK);
    cp_corpus_free(c);
    char *copy = strdup(json);
    cp_string_free(json);
    assert_non_null(copy);
    return copy;
}

/* Every partition of the five seeds (52 of them, as restricted growth
 * strings): each part exported on its own, the parts merged in reverse
 * order, and the result compared with one load of all. */
static void test_merge_every_split_of_the_seeds(void **state) {
    (void)state;
    char *all = json_of_part(0x1F, false);
    int block[SEED_COUNT] = {0};
    size_t partitions = 0;
    for (;;) {
        int parts = 0;
        for (int i = 0; i < SEED_COUNT; i++)
            if (block[i] + 1 > parts)
                parts = block[i] + 1;
        cp_corpus *merged;
        assert_int_equal(cp_corpus_new(&merged, NULL), CP_OK);
        for (int p = parts - 1; p >= 0; p--) {
            unsigned mask = 0;
            for (int i = 0; i < SEED_COUNT; i++)
                if (block[i] == p)
                    mask |= 1u << i;
            char *json = json_of_part(mask, p % 2 == 0);
            assert_int_equal(cp_corpus_load_json(merged, "part.json", json, strlen(json), NULL),
                             CP_OK);
            free(json);
        }
        char *got = json_of(merged);
        assert_string_equal(got, all);
        free(got);
        cp_corpus_free(merged);
        partitions++;
        /* the next restricted growth string */
        int i = SEED_COUNT - 1;
        for (; i > 0; i--) {
            int max = 0;
            for (int k = 0; k < i; k++)
                if (block[k] > max)
                    max = block[k];
            if (block[i] <= max) {
                block[i]++;
                for (int k = i + 1; k < SEED_COUNT; k++)
                    block[k] = 0;
                break;
            }
        }
        if (i == 0)
            break;
    }
    assert_int_equal(partitions, 52);
    free(all);
}

static void test_merge_of_json_lines(void **state) {
    (void)state;
    /* the lines of a stream, concatenated, read in one call */
    char text[200000];
    size_t n = 0;
    for (int i = SEED_COUNT - 1; i >= 0; i--) {
        char *line = json_of_part(1u << i, true);
        size_t k = strlen(line);
        assert_true(n + k + 1 < sizeof text);
        memcpy(text + n, line, k);
        n += k;
        text[n++] = '\n';
        free(line);
    }
    cp_corpus *c;
    assert_int_equal(cp_corpus_new(&c, NULL), CP_OK);
    assert_int_equal(cp_corpus_load_json(c, "lines.jsonl", text, n, NULL), CP_OK);
    char *got = json_of(c);
    char *all = json_of_part(0x1F, false);
    assert_string_equal(got, all);
    /* documents read back have no text, but their entities and figures */
    const cp_document *d = cp_corpus_document_by_id(c, SEEDS[0]);
    assert_non_null(d);
    assert_false(cp_document_has_text(d));
    assert_null(cp_document_bytes(d));
    assert_int_equal(cp_document_block_count(d), 0);
    assert_true(cp_document_site_count(d) > 0);
    assert_true(cp_document_figure_count(d) > 0);
    free(got);
    free(all);
    cp_corpus_free(c);
}

static void expect_bad_json(const char *text, cp_status status, size_t line, size_t column) {
    cp_corpus *c;
    assert_int_equal(cp_corpus_new(&c, NULL), CP_OK);
    assert_int_equal(cp_corpus_load_file(c, tu_seed_path(SEEDS[0]), NULL), CP_OK);
    char *before = json_of(c);
    cp_error *err = cp_error_new();
    assert_int_equal(cp_corpus_load_json(c, "bad.json", text, strlen(text), err), status);
    assert_string_equal(cp_error_path(err), "bad.json");
    assert_int_equal(cp_error_line(err), line);
    assert_int_equal(cp_error_column(err), column);
    char *after = json_of(c);
    assert_string_equal(before, after);
    free(before);
    free(after);
    cp_error_free(err);
    cp_corpus_free(c);
}

static void test_bad_json_is_refused_with_its_position(void **state) {
    (void)state;
    expect_bad_json("{\"schema\": \"crimepolicy/1\",\n \"documents\": [}", CP_ERR_BAD_JSON, 2, 16);
    expect_bad_json("[1, 2]", CP_ERR_BAD_JSON, 1, 1);
    expect_bad_json("{\"schema\": \"crimepolicy/2\"}", CP_ERR_BAD_JSON, 1, 12);
    expect_bad_json("\"\\ud800\"", CP_ERR_BAD_JSON, 1, 8);
    expect_bad_json("   ", CP_ERR_EMPTY, 0, 0);
    /* a good model followed by a bad one: nothing of either is kept */
    char *good = json_of_part(1u << 1, true);
    char text[100000];
    snprintf(text, sizeof text, "%s\n{\"schema\": 1}", good);
    expect_bad_json(text, CP_ERR_BAD_JSON, 2, 12);
    /* a mention outside its document: reported at the mention */
    char *start = strstr(good, "\"start\": ");
    while (start && !(start[9] >= '0' && start[9] <= '9'))
        start = strstr(start + 1, "\"start\": "); /* a mention's, not a term's */
    assert_non_null(start);
    char *end = strstr(start, "\"end\": ") + 7;
    size_t digits = strspn(end, "0123456789");
    snprintf(text, sizeof text, "%.*s99999999%s", (int)(end - good), good, end + digits);
    char *brace = text + (start - good);
    while (*brace != '{')
        brace--;
    expect_bad_json(text, CP_ERR_BAD_JSON, 1, (size_t)(brace - text) + 1);
    free(good);
}

/* An administration whose documents all say another one (a file a tool
 * made, found by fuzzing) is kept, with no documents, and exported. */
static void test_administration_without_documents(void **state) {
    (void)state;
    static const char json[] =
        "{\"schema\": \"crimepolicy/1\", \"documents\": [{\"id\": \"a\", \"path\": "
        "\"a.txt\", \"date\": null, \"title\": null, \"kind\": \"unknown\", "
        "\"administration\": \"obama-2009\", \"bytes\": 10}], \"administrations\": "
        "[{\"id\": \"trump-2017\", \"president\": \"Donald J. Trump\", \"party\": "
        "\"Republican\", \"start\": \"2017-01-20\", \"end\": \"2021-01-20\", "
        "\"officials\": [], \"documents\": [\"a\"]}], \"programs\": [], \"agencies\": "
        "[], \"sites\": [], \"figures\": []}";
    cp_corpus *c;
    assert_int_equal(cp_corpus_new(&c, NULL), CP_OK);
    assert_int_equal(cp_corpus_load_json(c, "made.json", json, strlen(json), NULL),
                     CP_OK);
    char *got = json_of(c);
    assert_non_null(strstr(got, "\"id\": \"trump-2017\""));
    assert_non_null(strstr(got, "\"documents\": []"));
    free(got);
    cp_corpus_free(c);
}

static void test_duplicate_documents_are_refused(void **state) {
    (void)state;
    char *part = json_of_part(1u << 3, false);
    cp_corpus *c;
    assert_int_equal(cp_corpus_new(&c, NULL), CP_OK);
    assert_int_equal(cp_corpus_load_file(c, tu_seed_path(SEEDS[3]), NULL), CP_OK);
    cp_error *err = cp_error_new();
    assert_int_equal(cp_corpus_load_json(c, "p.json", part, strlen(part), err),
                     CP_ERR_DUPLICATE_ID);
    assert_int_equal(cp_corpus_document_count(c), 1);
    cp_error_free(err);
    cp_corpus_free(c);
    free(part);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_jobs_give_the_same_json),
        cmocka_unit_test(test_zero_jobs_means_one_per_processor),
        cmocka_unit_test(test_bad_files_with_threads),
        cmocka_unit_test(test_load_files_is_a_batch),
        cmocka_unit_test(test_stream_shows_each_document_alone),
        cmocka_unit_test(test_stream_errors),
        cmocka_unit_test(test_written_json_is_the_string),
        cmocka_unit_test(test_write_json_errors),
        cmocka_unit_test(test_merge_every_split_of_the_seeds),
        cmocka_unit_test(test_merge_of_json_lines),
        cmocka_unit_test(test_bad_json_is_refused_with_its_position),
        cmocka_unit_test(test_duplicate_documents_are_refused),
        cmocka_unit_test(test_administration_without_documents),
    };
    return cmocka_run_group_tests(tests, make_scratch, remove_scratch);
}
