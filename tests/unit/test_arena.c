/* Unit tests of the arena's chunks: small ones first, then, once the arena
 * is large and its memory the C library's (on Linux), 2 MiB ones mapped for
 * huge pages; a caller's allocator keeps the small ones. Every chunk is given
 * back by a rollback, a clear and a release whatever it came from. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "arena.h"

enum { MIB = 1024 * 1024 };

/* An allocator that counts its live bytes, as a caller's might. */
typedef struct counted {
    size_t live, calls;
} counted;
typedef union counted_header {
    size_t size;
    max_align_t align;
} counted_header;

static void *counted_malloc(size_t size, void *user) {
    counted *k = user;
    counted_header *h = malloc(sizeof *h + size);
    if (!h)
        return NULL;
    h->size = size;
    k->live += size;
    k->calls++;
    return h + 1;
}
static void *counted_realloc(void *ptr, size_t size, void *user) {
    if (!ptr)
        return counted_malloc(size, user);
    counted *k = user;
    counted_header *h = (counted_header *)ptr - 1;
    size_t old = h->size;
    counted_header *g = realloc(h, sizeof *g + size);
    if (!g)
        return NULL;
    g->size = size;
    k->live = k->live - old + size;
    return g + 1;
}
static void counted_free(void *ptr, void *user) {
    if (!ptr)
        return;
    counted *k = user;
    counted_header *h = (counted_header *)ptr - 1;
    k->live -= h->size;
    free(h);
}

/* Fill `arena` with `total` bytes in records of 1,000, each written whole
 * (a record that could not be written would crash under the sanitizers). */
static void fill(cpi_arena *arena, size_t total) {
    for (size_t done = 0; done < total; done += 1000) {
        unsigned char *p = cpi_arena_alloc(arena, 1000);
        assert_non_null(p);
        memset(p, (int)(done / 1000) & 0xFF, 1000);
    }
}

static size_t chunks_of_size(const cpi_arena *arena, size_t usable, size_t *mapped) {
    size_t n = 0;
    *mapped = 0;
    for (const cpi_chunk *c = arena->head; c; c = c->next) {
        n += c->size == usable;
        *mapped += c->mapped;
    }
    return n;
}

static void test_large_arena_takes_huge_chunks(void **state) {
    (void)state;
    cpi_mem mem;
    assert_true(cpi_mem_init(&mem, NULL));
    cpi_arena arena;
    cpi_arena_init(&arena, &mem);
    fill(&arena, 3 * MIB);
    size_t mapped, huge = chunks_of_size(&arena, 2 * MIB - sizeof(cpi_chunk), &mapped);
    assert_int_equal(huge, 0); /* a small arena: small chunks */
    cpi_arena_mark mark = cpi_arena_mark_get(&arena);
    fill(&arena, 9 * MIB);
    huge = chunks_of_size(&arena, 2 * MIB - sizeof(cpi_chunk), &mapped);
#if defined(__linux__)
    assert_true(huge >= 3);
    assert_int_equal(mapped, huge); /* mapped by the arena itself */
    for (const cpi_chunk *c = arena.head; c; c = c->next)
        if (c->mapped)
            assert_int_equal((uintptr_t)c % (2 * MIB), 0); /* where a huge page may go */
#endif
    /* a rollback unmaps them; the arena goes on */
    cpi_arena_rollback(&arena, mark);
    huge = chunks_of_size(&arena, 2 * MIB - sizeof(cpi_chunk), &mapped);
    assert_int_equal(huge, 0);
    assert_int_equal(mapped, 0);
    fill(&arena, 4 * MIB);
    cpi_arena_release(&arena);
    assert_null(arena.head);
}

static void test_callers_allocator_keeps_small_chunks(void **state) {
    (void)state;
    counted k = {0, 0};
    cp_allocator a = {sizeof a, counted_malloc, counted_realloc, counted_free, &k};
    cpi_mem mem;
    assert_true(cpi_mem_init(&mem, &a));
    cpi_arena arena;
    cpi_arena_init(&arena, &mem);
    fill(&arena, 12 * MIB);
    size_t mapped, huge = chunks_of_size(&arena, 2 * MIB - sizeof(cpi_chunk), &mapped);
    assert_int_equal(huge, 0);
    assert_int_equal(mapped, 0); /* all from the caller's allocator */
    size_t held = 0;
    for (const cpi_chunk *c = arena.head; c; c = c->next)
        held += sizeof(cpi_chunk) + c->size;
    assert_int_equal(k.live, held);
    /* a clear keeps one chunk for the next user */
    cpi_arena_clear(&arena);
    assert_true(k.live <= sizeof(cpi_chunk) + 256 * 1024);
    fill(&arena, 100 * 1000);
    cpi_arena_release(&arena);
    assert_int_equal(k.live, 0);
}

/* A region (a document's blocks) that outgrows a mapped chunk moves to a new
 * chunk with its bytes. */
static void test_region_moves_out_of_a_huge_chunk(void **state) {
    (void)state;
    cpi_mem mem;
    assert_true(cpi_mem_init(&mem, NULL));
    cpi_arena arena;
    cpi_arena_init(&arena, &mem);
    fill(&arena, 5 * MIB);
    cpi_arena_region r = {NULL, 0, false};
    size_t step = 256 * 1024;
    for (size_t k = 0; k < 12; k++) { /* 3 MiB: past any one chunk */
        assert_true(cpi_arena_region_grow(&arena, &r, step));
        memset(r.data + k * step, (int)k, step);
    }
    for (size_t k = 0; k < 12; k++)
        assert_int_equal(r.data[k * step], (unsigned char)k);
    assert_int_equal(r.size, 12 * step);
    cpi_arena_release(&arena);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_large_arena_takes_huge_chunks),
        cmocka_unit_test(test_callers_allocator_keeps_small_chunks),
        cmocka_unit_test(test_region_moves_out_of_a_huge_chunk),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
