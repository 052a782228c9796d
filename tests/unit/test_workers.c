/* Unit tests of the ordered workers: every item worked once and consumed in
 * order whatever the threads and the window; a slot belongs to one item at a
 * time; a stopped run discards exactly what it claimed and did not consume;
 * a few slow items are shared between the threads, not claimed by one. */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "workers.h"

enum { MAX_ITEMS = 5000, FREE = -1 };

typedef struct tally {
    size_t count;
    int worked[MAX_ITEMS];   /* times each item was worked */
    unsigned by[MAX_ITEMS];  /* the worker that did it */
    long owner[1024];        /* per slot: the item that holds it, or FREE */
    size_t result[1024];     /* per slot: what work left there */
    size_t consumed;         /* items consumed, in order */
    size_t discarded;
    size_t stop_at;          /* consume returns false at this item */
    long sleep_ns;           /* work's time per item */
    bool slot_clash;         /* a slot was handed out while held */
    bool out_of_order;
    bool wrong_result;
    bool used[1024];         /* per slot: ever handed out */
} tally;

static void work(void *ctx, size_t slot, size_t item, unsigned worker) {
    tally *t = ctx;
    /* (a slot is the item's alone: no other thread touches these now) */
    if (t->owner[slot] != FREE)
        t->slot_clash = true;
    t->owner[slot] = (long)item;
    t->result[slot] = item * 7 + 1;
    t->worked[item]++;
    t->by[item] = worker;
    t->used[slot] = true;
    if (t->sleep_ns) {
        struct timespec d = {0, t->sleep_ns};
        nanosleep(&d, NULL);
    }
}

static bool consume(void *ctx, size_t slot, size_t item) {
    tally *t = ctx;
    if (item != t->consumed)
        t->out_of_order = true;
    if (t->owner[slot] != (long)item || t->result[slot] != item * 7 + 1)
        t->wrong_result = true;
    t->owner[slot] = FREE;
    t->consumed++;
    return item != t->stop_at;
}

static void discard(void *ctx, size_t slot, size_t item) {
    tally *t = ctx;
    if (t->owner[slot] != (long)item)
        t->wrong_result = true;
    t->owner[slot] = FREE;
    t->discarded++;
}

static void tally_init(tally *t, size_t count) {
    memset(t, 0, sizeof *t);
    t->count = count;
    t->stop_at = SIZE_MAX;
    for (size_t s = 0; s < 1024; s++)
        t->owner[s] = FREE;
}

/* The highest slot handed out. */
static size_t max_slot(const tally *t) {
    size_t top = 0;
    for (size_t s = 0; s < 1024; s++)
        if (t->used[s])
            top = s;
    return top;
}

static bool run(tally *t, unsigned jobs, size_t window) {
    cpi_ordered_run r = {t->count, jobs, window, t, work, consume, discard};
    return cpi_run_ordered(&r);
}

static void every_item_once_in_order(void **state) {
    (void)state;
    static tally t;
    static const unsigned jobs[] = {1, 2, 3, 8};
    static const size_t windows[] = {1, 2, 7, 64, 1024};
    static const size_t counts[] = {1, 2, 15, 1000, MAX_ITEMS};
    for (size_t j = 0; j < sizeof jobs / sizeof *jobs; j++)
        for (size_t w = 0; w < sizeof windows / sizeof *windows; w++)
            for (size_t n = 0; n < sizeof counts / sizeof *counts; n++) {
                tally_init(&t, counts[n]);
                assert_true(run(&t, jobs[j], windows[w]));
                assert_int_equal(t.consumed, counts[n]);
                assert_int_equal(t.discarded, 0);
                assert_false(t.out_of_order);
                assert_false(t.slot_clash);
                assert_false(t.wrong_result);
                assert_true(max_slot(&t) < windows[w]);
                for (size_t i = 0; i < counts[n]; i++)
                    assert_int_equal(t.worked[i], 1);
            }
}

static void one_thread_uses_slot_zero(void **state) {
    (void)state;
    static tally t;
    tally_init(&t, 100);
    assert_true(run(&t, 1, 64));
    assert_int_equal(t.consumed, 100);
    assert_int_equal(max_slot(&t), 0);
}

static void a_stop_discards_the_rest_claimed(void **state) {
    (void)state;
    static tally t;
    for (unsigned jobs = 1; jobs <= 4; jobs++) {
        tally_init(&t, 3000);
        t.stop_at = 1234;
        assert_false(run(&t, jobs, 256));
        assert_int_equal(t.consumed, 1235);
        size_t worked = 0;
        for (size_t i = 0; i < t.count; i++)
            worked += (size_t)t.worked[i];
        /* every item worked was consumed or discarded, none twice */
        assert_int_equal(worked, t.consumed + t.discarded);
        for (size_t s = 0; s < 1024; s++)
            assert_int_equal(t.owner[s], FREE);
        assert_false(t.wrong_result);
    }
}

/* Four slow items and two threads: each thread works some (one claim of
 * them all left the other idle). */
static void few_slow_items_are_shared(void **state) {
    (void)state;
    static tally t;
    tally_init(&t, 4);
    t.sleep_ns = 20 * 1000 * 1000;
    assert_true(run(&t, 2, 1024));
    assert_int_equal(t.consumed, 4);
    unsigned seen = 0;
    for (size_t i = 0; i < 4; i++)
        seen |= 1u << t.by[i];
    assert_int_equal(seen, 3u); /* workers 0 and 1 */
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_item_once_in_order),
        cmocka_unit_test(one_thread_uses_slot_zero),
        cmocka_unit_test(a_stop_discards_the_rest_claimed),
        cmocka_unit_test(few_slow_items_are_shared),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
