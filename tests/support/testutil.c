/* Test helpers (see testutil.h). */
#include "testutil.h"

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

/* Each block carries its size in front, so free can count live bytes. */
static void *tu_malloc(size_t size, void *user) {
    tu_alloc *s = user;
    s->calls++;
    if (s->fail_at && s->calls == s->fail_at) {
        s->failures++;
        return NULL;
    }
    void *p = malloc(size);
    if (p)
        s->live++;
    return p;
}

static void *tu_realloc(void *ptr, size_t size, void *user) {
    tu_alloc *s = user;
    s->calls++;
    if (s->fail_at && s->calls == s->fail_at) {
        s->failures++;
        return NULL;
    }
    void *p = realloc(ptr, size);
    if (p && !ptr)
        s->live++;
    return p;
}

static void tu_free(void *ptr, void *user) {
    tu_alloc *s = user;
    if (ptr)
        s->live--;
    free(ptr);
}

cp_allocator tu_allocator(tu_alloc *state) {
    cp_allocator a = {sizeof(cp_allocator), tu_malloc, tu_realloc, tu_free, state};
    return a;
}
