/* Memory: allocator plumbing and the corpus arena (see arena.h).
 * Chunks form a stack so that rolling back to a mark frees whole chunks and
 * rewinds the one the mark points into. */
#define _DEFAULT_SOURCE /* mmap's MAP_ANONYMOUS, madvise */
#include "arena.h"

#include <assert.h>
#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

/* Chunks double from CHUNK_MIN (CHUNK_SMALL for a document's own arena) up
 * to CHUNK_MAX: few mallocs for a large corpus, little slack for a small
 * one. */
enum { CHUNK_SMALL = 4 * 1024, CHUNK_MIN = 64 * 1024, CHUNK_MAX = 256 * 1024 };
/* The largest chunk cpi_arena_clear keeps for the next user. */
enum { CHUNK_KEEP_MAX = 256 * 1024 };
/* Once an arena holds HUGE_AFTER bytes (a large corpus) and its memory is
 * the C library's, on Linux, its chunks are HUGE_CHUNK bytes, each mapped on
 * its own at a multiple of its size and asked for transparent huge pages:
 * the kernel then faults its memory in once per 2 MiB instead of once per
 * 4 KiB page, which was a tenth of the time of loading 10 MB. The price is
 * the last chunk's unused part, under 2 MiB. A caller's allocator keeps the
 * smaller chunks: its memory cannot be mapped so, and would only get the
 * slack. Arenas that share one load (cpi_arena_share_load) each turn huge at
 * their share of HUGE_AFTER: three arenas filling to 4 MiB each page by page
 * faulted twice as many pages with two threads as with one. */
#define HUGE_CHUNK ((size_t)2 * 1024 * 1024)
#define HUGE_AFTER ((size_t)4 * 1024 * 1024)
#if defined(__linux__) && defined(MADV_HUGEPAGE) && defined(MAP_ANONYMOUS)
#define CPI_HUGE_PAGES 1
#endif

enum { ARENA_ALIGN = CPI_ARENA_ALIGN };
static_assert(alignof(void *) <= ARENA_ALIGN && alignof(double) <= ARENA_ALIGN &&
                  alignof(uint64_t) <= ARENA_ALIGN && alignof(size_t) <= ARENA_ALIGN,
              "the arena's alignment covers the model's types");

static void *std_malloc(size_t size, void *user) {
    (void)user;
    return malloc(size);
}
static void *std_realloc(void *ptr, size_t size, void *user) {
    (void)user;
    return realloc(ptr, size);
}
static void std_free(void *ptr, void *user) {
    (void)user;
    free(ptr);
}

bool cpi_mem_init(cpi_mem *mem, const cp_allocator *allocator) {
    if (!allocator) {
        mem->malloc = std_malloc;
        mem->realloc = std_realloc;
        mem->free = std_free;
        mem->user = NULL;
        mem->c_library = true;
        return true;
    }
    /* The 1.0 layout is the smallest we accept; later, larger layouts keep it
     * as a prefix. */
    if (allocator->size < sizeof(cp_allocator) || !allocator->malloc ||
        !allocator->realloc || !allocator->free)
        return false;
    mem->malloc = allocator->malloc;
    mem->realloc = allocator->realloc;
    mem->free = allocator->free;
    mem->user = allocator->user;
    mem->c_library = false;
    return true;
}

void *cpi_mem_alloc(const cpi_mem *mem, size_t size) {
    return mem->malloc(size ? size : 1, mem->user);
}

void *cpi_mem_realloc(const cpi_mem *mem, void *ptr, size_t size) {
    if (!ptr)
        return cpi_mem_alloc(mem, size);
    return mem->realloc(ptr, size ? size : 1, mem->user);
}

void cpi_mem_free(const cpi_mem *mem, void *ptr) {
    if (ptr)
        mem->free(ptr, mem->user);
}

void cpi_mem_advise_huge(const cpi_mem *mem, void *ptr, size_t size) {
#if defined(CPI_HUGE_PAGES)
    enum { PAGE = 4096 };
    if (!mem->c_library || !ptr || size < HUGE_AFTER)
        return;
    uintptr_t from = ((uintptr_t)ptr + PAGE - 1) & ~(uintptr_t)(PAGE - 1);
    uintptr_t to = ((uintptr_t)ptr + size) & ~(uintptr_t)(PAGE - 1);
    if (to > from)
        (void)madvise((void *)from, to - from,
                      MADV_HUGEPAGE); /* (advice: may be refused) */
#else
    (void)mem;
    (void)ptr;
    (void)size;
#endif
}

bool cpi_mem_grow(const cpi_mem *mem, void **items, size_t *cap, size_t need, size_t item) {
    if (need <= *cap)
        return true;
    size_t n = *cap ? *cap : 8;
    while (n < need) {
        if (n > SIZE_MAX / 2)
            return false;
        n *= 2;
    }
    if (n > SIZE_MAX / item)
        return false;
    void *p = cpi_mem_realloc(mem, *items, n * item);
    if (!p)
        return false;
    *items = p;
    *cap = n;
    return true;
}

#ifdef CPI_HUGE_PAGES
/* HUGE_CHUNK bytes at a multiple of HUGE_CHUNK, asked for huge pages (the
 * kernel may still give small ones); NULL when the mapping fails. Recent
 * kernels place a mapping of that size at such a multiple already; else
 * twice the size is mapped and trimmed (unmapping is dear in a process with
 * threads: every other core running it must drop its stale translations). */
static void *map_huge(void) {
    unsigned char *p = mmap(NULL, HUGE_CHUNK, PROT_READ | PROT_WRITE,
                            MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    if ((uintptr_t)p % HUGE_CHUNK != 0) {
        munmap(p, HUGE_CHUNK);
        size_t span = 2 * HUGE_CHUNK;
        p = mmap(NULL, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            return NULL;
        size_t lead = (HUGE_CHUNK - (uintptr_t)p % HUGE_CHUNK) % HUGE_CHUNK;
        if (lead)
            munmap(p, lead);
        if (span - lead > HUGE_CHUNK)
            munmap(p + lead + HUGE_CHUNK, span - lead - HUGE_CHUNK);
        p += lead;
    }
    (void)madvise(p, HUGE_CHUNK, MADV_HUGEPAGE); /* (advice: may be refused) */
    return p;
}
#endif

/* A new chunk of `size` usable bytes (not linked yet); NULL when out of
 * memory. */
static cpi_chunk *chunk_new(const cpi_arena *arena, size_t size) {
    cpi_chunk *c = NULL;
#ifdef CPI_HUGE_PAGES
    if (arena->mem->c_library && sizeof(cpi_chunk) + size == HUGE_CHUNK) {
        c = map_huge();
        if (c) {
            c->mapped = true;
            c->size = size;
            return c;
        }
    }
#endif
    c = cpi_mem_alloc(arena->mem, sizeof(cpi_chunk) + size);
    if (c) {
        c->mapped = false;
        c->size = size;
    }
    return c;
}

static void chunk_free(const cpi_arena *arena, cpi_chunk *c) {
#ifdef CPI_HUGE_PAGES
    if (c->mapped) {
        munmap(c, HUGE_CHUNK);
        return;
    }
#endif
    cpi_mem_free(arena->mem, c);
}

void cpi_arena_init(cpi_arena *arena, const cpi_mem *mem) {
    arena->mem = mem;
    arena->head = NULL;
    arena->bytes = 0;
    arena->next_chunk = CHUNK_MIN;
    arena->huge_after = HUGE_AFTER;
}

void cpi_arena_share_load(cpi_arena *arena, unsigned parts) {
    if (parts > 1)
        arena->huge_after = HUGE_AFTER / parts;
}

void cpi_arena_init_small(cpi_arena *arena, const cpi_mem *mem) {
    cpi_arena_init(arena, mem);
    arena->next_chunk = CHUNK_SMALL;
}

void cpi_arena_adopt(cpi_arena *dst, cpi_arena *src) {
    if (!src->head)
        return;
    cpi_chunk *tail = src->head;
    while (tail->next)
        tail = tail->next;
    tail->next = dst->head;
    dst->head = src->head;
    dst->bytes += src->bytes;
    src->head = NULL;
    src->bytes = 0;
}

void cpi_arena_release(cpi_arena *arena) {
    cpi_chunk *c = arena->head;
    while (c) {
        cpi_chunk *next = c->next;
        chunk_free(arena, c);
        c = next;
    }
    arena->head = NULL;
    arena->bytes = 0;
}

/* Tests: every allocation in a chunk of its own, so that each can fail. */
static bool exact_chunks;

/* `size` bytes at a multiple of `align` (a power of two up to ARENA_ALIGN). */
static void *arena_take(cpi_arena *arena, size_t size, size_t align) {
    if (size > SIZE_MAX - ARENA_ALIGN - sizeof(cpi_chunk))
        return NULL;
    if (size == 0)
        size = 1;
    cpi_chunk *c = arena->head;
    size_t at = c ? (c->used + align - 1) & ~(align - 1) : 0;
    if (!c || at > c->size || c->size - at < size) {
        size_t want = size > arena->next_chunk || exact_chunks ? size : arena->next_chunk;
        if (arena->next_chunk < CHUNK_MAX)
            arena->next_chunk *= 2;
#ifdef CPI_HUGE_PAGES
        else if (arena->bytes >= arena->huge_after && arena->mem->c_library)
            arena->next_chunk = HUGE_CHUNK - sizeof(cpi_chunk);
#endif
        cpi_chunk *n = chunk_new(arena, want);
        if (!n)
            return NULL;
        n->used = 0;
        n->next = c;
        arena->head = c = n;
        at = 0; /* chunk data is aligned for anything */
    }
    void *p = c->data + at;
    c->used = at + size;
    arena->bytes += size;
    return p;
}

bool cpi_arena_region_grow(cpi_arena *arena, cpi_arena_region *r, size_t more) {
    if (!r->data) {
        cpi_chunk *before = arena->head;
        r->data = arena_take(arena, more, ARENA_ALIGN);
        if (!r->data)
            return false;
        r->size = more;
        r->own_chunk = arena->head != before; /* no mark can point into it */
        return true;
    }
    cpi_chunk *c = arena->head;
    if (more <= c->size - c->used) {
        c->used += more;
        r->size += more;
        arena->bytes += more;
        return true;
    }
    if (more > SIZE_MAX / 4 - r->size)
        return false;
    size_t need = r->size + more;
    size_t want = exact_chunks ? need : need * 2 > arena->next_chunk ? need * 2 : arena->next_chunk;
    if (want > SIZE_MAX - sizeof(cpi_chunk))
        return false;
    if (r->own_chunk && !c->mapped) {
        /* a chunk of its own: realloc keeps huge regions from being copied */
        cpi_chunk *n = cpi_mem_realloc(arena->mem, c, sizeof(cpi_chunk) + want);
        if (!n)
            return false;
        n->size = want;
        n->used = need;
        arena->head = n;
        r->data = n->data;
    } else {
        cpi_chunk *n = chunk_new(arena, want);
        if (!n)
            return false;
        memcpy(n->data, r->data, r->size);
        c->used -= r->size; /* the region leaves this chunk */
        n->used = need;
        n->next = c;
        arena->head = n;
        r->data = n->data;
        r->own_chunk = true;
    }
    r->size = need;
    arena->bytes += more;
    return true;
}

void cpi_arena_region_shrink(cpi_arena *arena, cpi_arena_region *r, size_t fewer) {
    assert(fewer <= r->size && arena->head->data + arena->head->used == r->data + r->size);
    arena->head->used -= fewer;
    arena->bytes -= fewer;
    r->size -= fewer;
}

void *cpi_arena_alloc_slow(cpi_arena *arena, size_t size) {
    return arena_take(arena, size, ARENA_ALIGN);
}

void cpi_arena_exact_chunks(bool on) { exact_chunks = on; }

char *cpi_arena_strndup_slow(cpi_arena *arena, const char *s, size_t size) {
    if (size == SIZE_MAX)
        return NULL;
    char *p = arena_take(arena, size + 1, 1);
    if (!p)
        return NULL;
    if (size)
        memcpy(p, s, size);
    p[size] = '\0';
    return p;
}

cpi_arena_mark cpi_arena_mark_get(const cpi_arena *arena) {
    cpi_arena_mark m = {arena->head, arena->head ? arena->head->used : 0, arena->bytes};
    return m;
}

/* Forget everything but the newest chunk (so the largest) when it has at
 * most keep_max bytes. */
static void clear_keeping(cpi_arena *arena, size_t keep_max) {
    if (!arena->head)
        return;
    cpi_chunk *keep = arena->head; /* the newest, so the largest */
    if (keep->size > keep_max) {
        /* (cpi_arena_clear: a huge document's chunk, kept in every slot,
         * would add up) */
        size_t next_chunk = arena->next_chunk;
        cpi_arena_release(arena);
        arena->next_chunk = next_chunk < CHUNK_KEEP_MAX ? next_chunk : CHUNK_KEEP_MAX;
        return;
    }
    while (keep->next) {
        cpi_chunk *next = keep->next->next;
        chunk_free(arena, keep->next);
        keep->next = next;
    }
#ifndef NDEBUG
    /* a pointer left into cleared memory then reads garbage in the tests */
    memset(keep->data, 0xA5, keep->used);
#endif
    keep->used = 0;
    arena->bytes = 0;
}

void cpi_arena_clear(cpi_arena *arena) { clear_keeping(arena, CHUNK_KEEP_MAX); }

void cpi_arena_reuse(cpi_arena *arena) { clear_keeping(arena, SIZE_MAX); }

void cpi_arena_rollback(cpi_arena *arena, cpi_arena_mark mark) {
    while (arena->head && arena->head != mark.head) {
        cpi_chunk *next = arena->head->next;
        chunk_free(arena, arena->head);
        arena->head = next;
    }
    if (arena->head)
        arena->head->used = mark.used;
    arena->bytes = mark.bytes;
}
