/* Concurrency, as the header promises it: separate corpora loaded from
 * several threads at once, one loaded corpus read from several threads at
 * once, and a corpus whose own loads use worker threads. Run under
 * ThreadSanitizer by scripts/test (the `tsan` preset) and everywhere else as
 * a plain test: every thread must see exactly the JSON of a load on one
 * thread. */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "testutil.h"

enum { THREADS = 4, ROUNDS = 3 };

static char *reference; /* the JSON of the seeds loaded on one thread */

static char *load_seeds_json(unsigned jobs) {
    cp_corpus *c;
    if (cp_corpus_new(&c, NULL) != CP_OK)
        return NULL;
    cp_corpus_set_jobs(c, jobs);
    char *json = NULL, *copy = NULL;
    if (cp_corpus_load_dir(c, CP_SEEDS_DIR, 0, NULL) == CP_OK &&
        cp_corpus_to_json(c, &json, NULL) == CP_OK) {
        copy = malloc(strlen(json) + 1);
        if (copy)
            strcpy(copy, json);
    }
    cp_string_free(json);
    cp_corpus_free(c);
    return copy;
}

static int setup(void **state) {
    (void)state;
    reference = load_seeds_json(1);
    return reference ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    free(reference);
    return 0;
}

/* Each thread: its own corpora, loaded with its own worker threads. */
static void *load_many_times(void *arg) {
    unsigned jobs = (unsigned)(uintptr_t)arg;
    for (int r = 0; r < ROUNDS; r++) {
        char *json = load_seeds_json(jobs);
        bool same = json && strcmp(json, reference) == 0;
        free(json);
        if (!same)
            return (void *)1;
    }
    return NULL;
}

static void test_separate_corpora_in_parallel(void **state) {
    (void)state;
    pthread_t t[THREADS];
    for (uintptr_t i = 0; i < THREADS; i++)
        assert_int_equal(pthread_create(&t[i], NULL, load_many_times, (void *)(i % 3 + 1)), 0);
    for (int i = 0; i < THREADS; i++) {
        void *failed;
        assert_int_equal(pthread_join(t[i], &failed), 0);
        assert_null(failed);
    }
}

/* Reading one loaded corpus from several threads: accessors and export. */
static void *read_corpus(void *arg) {
    const cp_corpus *c = arg;
    for (int r = 0; r < ROUNDS; r++) {
        size_t mentions = 0;
        for (size_t i = 0; i < cp_corpus_site_count(c); i++) {
            const cp_site *s = cp_corpus_site_at(c, i);
            for (size_t k = 0; k < cp_site_mention_count(s); k++)
                mentions += cp_mention_end(cp_site_mention_at(s, k)) > 0;
        }
        char *json;
        if (mentions == 0 || cp_corpus_to_json(c, &json, NULL) != CP_OK)
            return (void *)1;
        bool same = strcmp(json, reference) == 0;
        cp_string_free(json);
        if (!same)
            return (void *)1;
    }
    return NULL;
}

static void test_one_corpus_read_in_parallel(void **state) {
    (void)state;
    cp_corpus *c;
    assert_int_equal(cp_corpus_new(&c, NULL), CP_OK);
    assert_int_equal(cp_corpus_load_dir(c, CP_SEEDS_DIR, 0, NULL), CP_OK);
    pthread_t t[THREADS];
    for (int i = 0; i < THREADS; i++)
        assert_int_equal(pthread_create(&t[i], NULL, read_corpus, c), 0);
    for (int i = 0; i < THREADS; i++) {
        void *failed;
        assert_int_equal(pthread_join(t[i], &failed), 0);
        assert_null(failed);
    }
    cp_corpus_free(c);
}

/* A stream with worker threads calls back on the calling thread, in order. */
typedef struct order {
    pthread_t caller;
    size_t count;
    bool wrong_thread;
} order;

static bool note_thread(const cp_corpus *one, const cp_document *doc, void *user) {
    (void)one;
    (void)doc;
    order *o = user;
    o->wrong_thread |= !pthread_equal(o->caller, pthread_self());
    o->count++;
    return true;
}

static void test_stream_calls_back_on_the_calling_thread(void **state) {
    (void)state;
    cp_corpus *c;
    assert_int_equal(cp_corpus_new(&c, NULL), CP_OK);
    cp_corpus_set_jobs(c, 3);
    order o = {pthread_self(), 0, false};
    assert_int_equal(cp_corpus_stream(c, CP_SEEDS_DIR, 0, note_thread, &o, NULL), CP_OK);
    assert_int_equal(o.count, 5);
    assert_false(o.wrong_thread);
    cp_corpus_free(c);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_separate_corpora_in_parallel),
        cmocka_unit_test(test_one_corpus_read_in_parallel),
        cmocka_unit_test(test_stream_calls_back_on_the_calling_thread),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
