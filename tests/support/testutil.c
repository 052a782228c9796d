/* Test helpers (see testutil.h). */
#include "testutil.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdalign.h>
#include <stddef.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *tu_read_file(const char *path, size_t *size) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap)
            break;
        char *more = realloc(buf, cap * 2);
        if (!more) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = more;
        cap *= 2;
    }
    fclose(f);
    if (buf)
        *size = n;
    return buf;
}

size_t tu_find(const char *bytes, size_t size, const char *phrase) {
    size_t n = strlen(phrase);
    for (size_t i = 0; i + n <= size; i++)
        if (memcmp(bytes + i, phrase, n) == 0)
            return i;
    return SIZE_MAX;
}

const char *tu_seed_path(const char *name) {
    static char path[4096];
    snprintf(path, sizeof path, "%s/%s.txt", CP_SEEDS_DIR, name);
    return path;
}

/* Counted under a lock: with worker threads the library allocates from
 * several threads at once (the header asks the allocator to be safe then). */
static pthread_mutex_t tu_lock = PTHREAD_MUTEX_INITIALIZER;

/* Count a call; true when this one is to fail. */
static bool tu_count(tu_alloc *s) {
    pthread_mutex_lock(&tu_lock);
    s->calls++;
    bool fail = s->fail_at && s->calls == s->fail_at;
    if (fail)
        s->failures++;
    pthread_mutex_unlock(&tu_lock);
    return fail;
}

static void tu_live(tu_alloc *s, int delta, size_t add, size_t sub) {
    pthread_mutex_lock(&tu_lock);
    s->live += (size_t)(ptrdiff_t)delta;
    s->live_bytes += add;
    s->live_bytes -= sub;
    pthread_mutex_unlock(&tu_lock);
}

/* Each block carries its size in a header of max_align_t's alignment, so
 * the bytes it held can be counted off when it is freed. */
enum { TU_HEADER = alignof(max_align_t) };

static void *tu_malloc(size_t size, void *user) {
    tu_alloc *s = user;
    if (tu_count(s) || size > SIZE_MAX - TU_HEADER)
        return NULL;
    unsigned char *p = malloc(size + TU_HEADER);
    if (!p)
        return NULL;
    memcpy(p, &size, sizeof size);
    tu_live(s, 1, size, 0);
    return p + TU_HEADER;
}

static void *tu_realloc(void *ptr, size_t size, void *user) {
    if (!ptr)
        return tu_malloc(size, user);
    tu_alloc *s = user;
    if (tu_count(s) || size > SIZE_MAX - TU_HEADER)
        return NULL;
    unsigned char *base = (unsigned char *)ptr - TU_HEADER;
    size_t old;
    memcpy(&old, base, sizeof old);
    unsigned char *p = realloc(base, size + TU_HEADER);
    if (!p)
        return NULL;
    memcpy(p, &size, sizeof size);
    tu_live(s, 0, size, old);
    return p + TU_HEADER;
}

static void tu_free(void *ptr, void *user) {
    if (!ptr)
        return;
    tu_alloc *s = user;
    unsigned char *base = (unsigned char *)ptr - TU_HEADER;
    size_t old;
    memcpy(&old, base, sizeof old);
    tu_live(s, -1, 0, old);
    free(base);
}

cp_allocator tu_allocator(tu_alloc *state) {
    cp_allocator a = {sizeof(cp_allocator), tu_malloc, tu_realloc, tu_free, state};
    return a;
}
