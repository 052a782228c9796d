/* Helpers shared by the cmocka suites: reading files, finding phrases, and a
 * counting allocator that can be told to fail. */
#ifndef CP_TESTUTIL_H
#define CP_TESTUTIL_H

#include <crimepolicy.h>
#include <stddef.h>

/* Read a whole file; the caller frees. NULL when it cannot be read. */
char *tu_read_file(const char *path, size_t *size);

/* The byte offset of the first `phrase` in bytes[0..size), or SIZE_MAX. */
size_t tu_find(const char *bytes, size_t size, const char *phrase);

/* The path of a seed: CP_SEEDS_DIR "/" name ".txt" in a static buffer. */
const char *tu_seed_path(const char *name);

/* An allocator that counts live allocations and bytes and fails the N-th
 * allocation (1-based; 0 = never). */
typedef struct tu_alloc {
    size_t calls;
    size_t fail_at;
    size_t live; /* allocations not yet freed */
    size_t failures;
    size_t live_bytes; /* the bytes they hold */
} tu_alloc;

cp_allocator tu_allocator(tu_alloc *state);

#endif
