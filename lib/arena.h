/* Memory: the corpus allocator and the arenas that hold a corpus's model.
 *
 * Every byte a corpus owns comes from its cp_allocator, through cpi_mem. Model
 * data lives in an arena of linked chunks: bump allocation, no per-object
 * free, pointers stable as it grows, and a mark/rollback pair that makes a
 * failed load leave the corpus exactly as it was. */
#ifndef CPI_ARENA_H
#define CPI_ARENA_H

#include <stdalign.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "bytes.h"
#include "crimepolicy.h"

typedef struct cpi_mem {
    void *(*malloc)(size_t size, void *user);
    void *(*realloc)(void *ptr, size_t size, void *user);
    void (*free)(void *ptr, void *user);
    void *user;
    bool c_library; /* no caller's allocator: arenas may map large chunks themselves */
} cpi_mem;

/* Fill `mem` from a caller's allocator (NULL: the C library's). Returns false
 * when the allocator is malformed. */
bool cpi_mem_init(cpi_mem *mem, const cp_allocator *allocator);
void *cpi_mem_alloc(const cpi_mem *mem, size_t size);
void *cpi_mem_realloc(const cpi_mem *mem, void *ptr, size_t size);
void cpi_mem_free(const cpi_mem *mem, void *ptr);
/* Ask for transparent huge pages over a large block of the C library's
 * (a string export of tens of megabytes): the kernel then faults it in
 * once per 2 MiB, not once per 4 KiB page. Advice only; nothing for a
 * caller's allocator, small blocks or other systems. */
void cpi_mem_advise_huge(const cpi_mem *mem, void *ptr, size_t size);

/* Grow a heap array so that it holds at least `need` items of `item` bytes.
 * Returns false (array untouched) when out of memory or on overflow. The
 * check is inline: nearly every call has room already. */
bool cpi_mem_grow(const cpi_mem *mem, void **items, size_t *cap, size_t need, size_t item);
static inline bool cpi_mem_reserve(const cpi_mem *mem, void **items, size_t *cap,
                                   size_t need, size_t item) {
    return need <= *cap || cpi_mem_grow(mem, items, cap, need, item);
}

typedef struct cpi_chunk cpi_chunk;

/* (here for the inline allocations below) */
struct cpi_chunk {
    cpi_chunk *next;
    size_t size; /* usable bytes in data */
    size_t used;
    bool mapped; /* a huge chunk mapped by the arena, not from cpi_mem */
    alignas(max_align_t) unsigned char data[];
};

/* Allocations are aligned for what the model holds (pointers, 64-bit
 * integers, doubles), not for max_align_t; strings are not aligned at all. */
enum { CPI_ARENA_ALIGN = 8 };

typedef struct cpi_arena {
    const cpi_mem *mem;
    cpi_chunk *head; /* newest chunk first */
    size_t bytes;    /* bytes handed out, for statistics */
    size_t next_chunk; /* size of the next chunk (see arena.c) */
    size_t huge_after; /* bytes held before chunks turn huge (see arena.c) */
} cpi_arena;

typedef struct cpi_arena_mark {
    cpi_chunk *head;
    size_t used;
    size_t bytes;
} cpi_arena_mark;

void cpi_arena_init(cpi_arena *arena, const cpi_mem *mem);
/* An arena for one document that another arena will adopt: it starts with
 * small chunks, so that a tiny document wastes little. */
void cpi_arena_init_small(cpi_arena *arena, const cpi_mem *mem);
/* The arena is one of `parts` that one load fills side by side (a worker's,
 * or the corpus's that takes the folded model): its chunks turn huge once it
 * holds its share of what one arena would hold before they do, so that the
 * load as a whole faults in as much memory page by page as with one arena. */
void cpi_arena_share_load(cpi_arena *arena, unsigned parts);
/* Move every chunk of `src` into `dst` (above everything dst holds, so that a
 * rollback of dst to an earlier mark frees them); `src` is left empty. */
void cpi_arena_adopt(cpi_arena *dst, cpi_arena *src);
void cpi_arena_release(cpi_arena *arena);
/* Forget everything but keep the largest chunk (up to 256 KiB: a huge
 * document's is freed), for the next user: a scratch arena used once per
 * document allocates nothing in the steady state. */
void cpi_arena_clear(cpi_arena *arena);
/* The same keeping the largest chunk however large: for an arena that one
 * thread uses for one document after another, so that a run of large
 * documents does not allocate (and fault in) the memory of each anew. */
void cpi_arena_reuse(cpi_arena *arena);
/* Aligned to 8 bytes (pointers, 64-bit integers, doubles: everything the
 * model holds); NULL when out of memory. Inline where the newest chunk has
 * room, as nearly every allocation finds it; else a new chunk. */
void *cpi_arena_alloc_slow(cpi_arena *arena, size_t size);
static inline void *cpi_arena_alloc(cpi_arena *arena, size_t size) {
    cpi_chunk *c = arena->head;
    if (c && size) {
        size_t at = (c->used + CPI_ARENA_ALIGN - 1) & ~(size_t)(CPI_ARENA_ALIGN - 1);
        if (at <= c->size && c->size - at >= size) {
            c->used = at + size;
            arena->bytes += size;
            return c->data + at;
        }
    }
    return cpi_arena_alloc_slow(arena, size);
}
/* Copy `size` bytes and add a NUL (packed: strings need no alignment).
 * Inline, as cpi_arena_alloc. */
char *cpi_arena_strndup_slow(cpi_arena *arena, const char *s, size_t size);
static inline char *cpi_arena_strndup(cpi_arena *arena, const char *s, size_t size) {
    cpi_chunk *c = arena->head;
    if (c && c->size - c->used > size) { /* room for the NUL too */
        char *p = (char *)c->data + c->used;
        c->used += size + 1;
        arena->bytes += size + 1;
        if (size <= 32)
            cpi_copy_short(p, s, size); /* (most: a word or a number, no call) */
        else
            memcpy(p, s, size);
        p[size] = '\0';
        return p;
    }
    return cpi_arena_strndup_slow(arena, s, size);
}
/* A region at the top of the arena that grows while it is filled, for data
 * whose size is known only at its end (a document's blocks). Nothing else
 * may be allocated from the arena while a region is open. Growing may move
 * the region: keep offsets into it, not pointers. */
typedef struct cpi_arena_region {
    unsigned char *data; /* NULL until the first cpi_arena_region_grow */
    size_t size;         /* bytes in use */
    bool own_chunk;      /* the region's chunk was made for it alone */
} cpi_arena_region;
/* Add `more` bytes (uninitialised) at the region's end, aligned to 8 at the
 * region's start. False when out of memory (the region is unchanged). */
bool cpi_arena_region_grow(cpi_arena *arena, cpi_arena_region *r, size_t more);
/* Give back the last `fewer` bytes of the region (it does not move). */
void cpi_arena_region_shrink(cpi_arena *arena, cpi_arena_region *r, size_t fewer);
cpi_arena_mark cpi_arena_mark_get(const cpi_arena *arena);
/* For tests only (not thread-safe to switch): from now on every arena
 * allocation takes a chunk (a malloc) of its own, so that a test can make
 * each one fail in turn. */
void cpi_arena_exact_chunks(bool on);
/* Free everything allocated after the mark. */
void cpi_arena_rollback(cpi_arena *arena, cpi_arena_mark mark);

#endif
