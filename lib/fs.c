/* Files (POSIX): whole-file reads straight into the corpus arena, and the
 * directory walk behind cp_corpus_load_dir. */
#define _POSIX_C_SOURCE 200809L
#include "fs.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { WALK_DEPTH_MAX = 256 };

static cp_status open_error(cp_error *err, const char *path, int e) {
    if (e == ENOENT || e == ENOTDIR)
        return cpi_error_set(err, CP_ERR_NOT_FOUND, path, 0, 0, 0,
                             "no such file or directory");
    return cpi_error_set(err, CP_ERR_IO, path, 0, 0, 0, "cannot read: %s", strerror(e));
}

cp_status cpi_read_file(cpi_arena *arena, const char *path, size_t max_size,
                        char **bytes_out, size_t *size_out, cp_error *err) {
    /* non-blocking: opening a FIFO without a writer must not hang (it is
     * then refused as not a regular file) */
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        return open_error(err, path, errno);
    struct stat st;
    cp_status status = CP_OK;
    if (fstat(fd, &st) != 0) {
        status = open_error(err, path, errno);
        goto done;
    }
    if (S_ISDIR(st.st_mode)) {
        status = cpi_error_set(err, CP_ERR_IO, path, 0, 0, 0, "is a directory");
        goto done;
    }
    if (!S_ISREG(st.st_mode)) {
        status = cpi_error_set(err, CP_ERR_IO, path, 0, 0, 0, "not a regular file");
        goto done;
    }
    size_t size = (size_t)st.st_size;
    if (st.st_size < 0 || size > max_size) {
        status = cpi_error_set(err, CP_ERR_TOO_LARGE, path, 0, 0, 0,
                               "document of %lld bytes exceeds the limit of %zu bytes",
                               (long long)st.st_size, max_size);
        goto done;
    }
    char *buf = cpi_arena_alloc(arena, size + 1);
    if (!buf) {
        status = cpi_error_set(err, CP_ERR_NOMEM, path, 0, 0, 0, "out of memory");
        goto done;
    }
    /* one byte more than the size is asked for (the NUL's room): a regular
     * file gives less than asked only at its end, so one read() does for a
     * file that did not change, where asking for the size alone would need a
     * second to see the end */
    size_t got = 0;
    for (;;) {
        ssize_t n = read(fd, buf + got, size + 1 - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            status = cpi_error_set(err, CP_ERR_IO, path, 0, 0, 0, "read failed: %s",
                                   strerror(errno));
            goto done;
        }
        if (n == 0)
            break;
        got += (size_t)n;
        if (got >= size)
            break; /* all of it with less than asked (the end), or more */
    }
    if (got != size) {
        status = cpi_error_set(err, CP_ERR_IO, path, 0, 0, 0,
                               "file changed while it was read");
        goto done;
    }
    buf[size] = '\0';
    *bytes_out = buf;
    *size_out = size;
done:
    close(fd);
    return status;
}

int cpi_path_is_dir(const char *path, cp_error *err) {
    struct stat st;
    if (stat(path, &st) != 0)
        return -(int)open_error(err, path, errno);
    return S_ISDIR(st.st_mode) ? 1 : 0;
}

/* ---- the walk -------------------------------------------------------------- */

/* (device, inode) pairs already seen: the pairs in the order added, and an
 * open-addressing index of 32-bit positions (+ 1, 0 = empty), so that the
 * index cleared at each growth is small. */
typedef struct id_set {
    const cpi_mem *mem;
    struct id {
        dev_t dev;
        ino_t ino;
    } *ids;
    uint32_t *slots;
    size_t cap, count; /* cap: of slots; ids hold cap / 2 */
} id_set;

static size_t id_hash(dev_t dev, ino_t ino) {
    uint64_t h = (uint64_t)ino * 0x9E3779B97F4A7C15ull ^ (uint64_t)dev;
    return (size_t)(h ^ (h >> 29));
}

/* Room for `need` pairs without growing. False when out of memory. */
static bool id_set_reserve(id_set *s, size_t need) {
    if (need * 2 <= s->cap)
        return true;
    if (need > UINT32_MAX / 4)
        return false;
    size_t cap = s->cap ? s->cap : 64;
    while (need * 2 > cap)
        cap *= 2;
    uint32_t *slots = cpi_mem_alloc(s->mem, cap * sizeof *slots);
    struct id *ids = cpi_mem_realloc(s->mem, s->ids, cap / 2 * sizeof *ids);
    if (!slots || !ids) {
        cpi_mem_free(s->mem, slots);
        if (ids)
            s->ids = ids;
        return false;
    }
    memset(slots, 0, cap * sizeof *slots);
    for (size_t i = 0; i < s->count; i++) {
        size_t h = id_hash(ids[i].dev, ids[i].ino) & (cap - 1);
        while (slots[h])
            h = (h + 1) & (cap - 1);
        slots[h] = (uint32_t)(i + 1);
    }
    cpi_mem_free(s->mem, s->slots);
    s->slots = slots;
    s->ids = ids;
    s->cap = cap;
    return true;
}

/* Adds the pair; *fresh says whether it was new. False when out of memory. */
static bool id_set_add(id_set *s, dev_t dev, ino_t ino, bool *fresh) {
    if (!id_set_reserve(s, s->count + 1))
        return false;
    size_t h = id_hash(dev, ino) & (s->cap - 1);
    for (; s->slots[h]; h = (h + 1) & (s->cap - 1)) {
        const struct id *seen = &s->ids[s->slots[h] - 1];
        if (seen->dev == dev && seen->ino == ino) {
            *fresh = false;
            return true;
        }
    }
    s->ids[s->count].dev = dev;
    s->ids[s->count].ino = ino;
    s->slots[h] = (uint32_t)++s->count;
    *fresh = true;
    return true;
}

static void id_set_free(id_set *s) {
    cpi_mem_free(s->mem, s->slots);
    cpi_mem_free(s->mem, s->ids);
}

/* A directory's entries in byte order (strcmp's): each is sorted by its
 * name's first 8 bytes read as one big-endian number (zero past the name's
 * end, so a name sorts before the longer ones it begins), and only names
 * that share those 8 bytes are compared with strcmp. All the paths of one
 * directory share its prefix: the names start at `from`; and the bytes
 * all names start with are skipped. A merge sort, in
 * O(n log n) without qsort's call per comparison. */
typedef struct name_key {
    uint64_t key;
    char *path;
} name_key;

static inline bool name_before(const name_key *a, const name_key *b, size_t from) {
    if (a->key != b->key)
        return a->key < b->key;
    return strcmp(a->path + from, b->path + from) <= 0;
}

/* A merge sort of a[0..n) (b: room for as many), bottom-up: returns the
 * sorted array, a or b. */
static name_key *merge_names(name_key *a, name_key *b, size_t n, size_t from) {
    for (size_t width = 1; width < n; width *= 2) { /* runs of width in a, merged into b */
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n;
            size_t hi = mid + width < n ? mid + width : n;
            size_t i = lo, j = mid, o = lo;
            while (i < mid && j < hi)
                b[o++] = name_before(&a[i], &a[j], from) ? a[i++] : a[j++];
            while (i < mid)
                b[o++] = a[i++];
            while (j < hi)
                b[o++] = a[j++];
        }
        name_key *t = a;
        a = b;
        b = t;
    }
    return a;
}

/* A large directory is sorted by its keys in a few passes over them,
 * least significant byte first (stable), each byte where the keys differ
 * a pass (3 for doc0000000.txt ... doc0000842.txt: the keys' bytes after
 * "doc0000" are "NNN.txt\0"); then each run of equal keys by merge_names.
 * Returns the sorted array: a or b. */
enum { RADIX_FROM = 256 };
static name_key *radix_by_key(name_key *a, name_key *b, size_t n, size_t from,
                              size_t (*counts)[256]) {
    memset(counts, 0, 8 * sizeof *counts);
    for (size_t i = 0; i < n; i++)
        for (unsigned d = 0; d < 8; d++)
            counts[d][(a[i].key >> (8 * d)) & 255]++;
    for (unsigned d = 0; d < 8; d++) {
        size_t *count = counts[d];
        if (count[(a[0].key >> (8 * d)) & 255] == n)
            continue; /* every key has this byte */
        size_t at = 0;
        for (unsigned v = 0; v < 256; v++) {
            size_t c = count[v];
            count[v] = at;
            at += c;
        }
        for (size_t i = 0; i < n; i++)
            b[count[(a[i].key >> (8 * d)) & 255]++] = a[i];
        name_key *t = a;
        a = b;
        b = t;
    }
    for (size_t i = 0, run; i < n; i += run) {
        for (run = 1; i + run < n && a[i + run].key == a[i].key;)
            run++;
        if (run > 1) {
            name_key *sorted = merge_names(a + i, b + i, run, from);
            if (sorted != a + i)
                memcpy(a + i, sorted, run * sizeof *a);
        }
    }
    return a;
}

static bool sort_names(const cpi_mem *mem, char **paths, size_t n, size_t from) {
    bool radix = n >= RADIX_FROM;
    /* the keys, room to sort them into, and the radix sort's counts */
    name_key *keys = cpi_mem_alloc(mem, 2 * n * sizeof *keys + (radix ? 8 * 256 * sizeof(size_t) : 0));
    if (!keys)
        return false;
    /* the bytes all the names begin with decide nothing: the keys start
     * after them ("doc0000" in doc0000000.txt ... doc0000842.txt) */
    size_t common = strlen(paths[0] + from);
    for (size_t i = 1; i < n && common; i++) {
        const char *a = paths[0] + from, *b = paths[i] + from;
        size_t k = 0;
        while (k < common && a[k] == b[k])
            k++;
        common = k;
    }
    from += common;
    for (size_t i = 0; i < n; i++) {
        const unsigned char *name = (const unsigned char *)paths[i] + from;
        size_t len = strlen((const char *)name);
        uint64_t key = 0;
        if (len >= 8) { /* (most names: one load) */
            unsigned char b[8];
            memcpy(b, name, 8);
            key = (uint64_t)b[0] << 56 | (uint64_t)b[1] << 48 | (uint64_t)b[2] << 40 |
                  (uint64_t)b[3] << 32 | (uint64_t)b[4] << 24 | (uint64_t)b[5] << 16 |
                  (uint64_t)b[6] << 8 | (uint64_t)b[7];
        } else {
            for (size_t k = 0; k < len; k++)
                key |= (uint64_t)name[k] << (56 - 8 * k);
        }
        keys[i].key = key;
        keys[i].path = paths[i];
    }
    name_key *sorted = radix ? radix_by_key(keys, keys + n, n, from,
                                            (size_t(*)[256])(void *)(keys + 2 * n))
                             : merge_names(keys, keys + n, n, from);
    for (size_t i = 0; i < n; i++)
        paths[i] = sorted[i].path;
    cpi_mem_free(mem, keys);
    return true;
}

static bool ends_with_txt(const char *name) {
    size_t n = strlen(name);
    return n > 4 && memcmp(name + n - 4, ".txt", 4) == 0;
}

/* Paths, NUL-terminated, one after the other in one buffer (no malloc each),
 * and where each starts. */
typedef struct path_text {
    char *bytes;
    size_t size, cap;
    size_t *at;
    size_t count, at_cap;
} path_text;

/* Append dir (of dir_len bytes) and name (of name_len) joined by a '/' (none
 * after a trailing one), or name alone when dir is NULL. */
static bool text_push(const cpi_mem *mem, path_text *t, const char *dir, size_t dir_len,
                      const char *name, size_t name_len) {
    bool slash = dir && dir_len > 0 && dir[dir_len - 1] != '/';
    size_t n = (dir ? dir_len : 0) + slash + name_len + 1;
    if (!cpi_mem_reserve(mem, (void **)&t->bytes, &t->cap, t->size + n, 1) ||
        !cpi_mem_reserve(mem, (void **)&t->at, &t->at_cap, t->count + 1, sizeof(size_t)))
        return false;
    char *p = t->bytes + t->size;
    if (dir) {
        memcpy(p, dir, dir_len);
        p += dir_len;
    }
    if (slash)
        *p++ = '/';
    memcpy(p, name, name_len);
    p[name_len] = '\0';
    t->at[t->count++] = t->size;
    t->size += n;
    return true;
}

static void text_free(const cpi_mem *mem, path_text *t) {
    cpi_mem_free(mem, t->bytes);
    cpi_mem_free(mem, t->at);
}

typedef struct walk {
    const cpi_mem *mem;
    id_set dirs, files;
    path_text out; /* the documents' paths, in order */
    cp_error *err;
} walk;

static cp_status walk_dir(walk *w, const char *dir, size_t depth) {
    if (depth > WALK_DEPTH_MAX)
        return cpi_error_set(w->err, CP_ERR_LIMIT, dir, 0, 0, 0,
                             "directories nested deeper than %d", WALK_DEPTH_MAX);
    DIR *d = opendir(dir);
    if (!d)
        return open_error(w->err, dir, errno);
    path_text names = {0};
    char **paths = NULL;
    size_t dir_len = strlen(dir);
    cp_status st = CP_OK;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue; /* ".", "..", and hidden entries */
        if (!text_push(w->mem, &names, dir, dir_len, e->d_name, strlen(e->d_name))) {
            st = cpi_error_set(w->err, CP_ERR_NOMEM, dir, 0, 0, 0, "out of memory");
            break;
        }
    }
    closedir(d);
    size_t n = st == CP_OK ? names.count : 0;
    /* the joined paths, now that their buffer stops moving */
    if (n && !(paths = cpi_mem_alloc(w->mem, n * sizeof *paths)))
        st = cpi_error_set(w->err, CP_ERR_NOMEM, dir, 0, 0, 0, "out of memory");
    for (size_t i = 0; st == CP_OK && i < n; i++)
        paths[i] = names.bytes + names.at[i];
    size_t from = dir_len + (dir_len > 0 && dir[dir_len - 1] != '/'); /* (see text_push) */
    if (st == CP_OK && n > 1 && !sort_names(w->mem, paths, n, from))
        st = cpi_error_set(w->err, CP_ERR_NOMEM, dir, 0, 0, 0, "out of memory");
    /* (room for all the files here at once: the set grows once, not
     * doubling through each size) */
    if (st == CP_OK && !id_set_reserve(&w->files, w->files.count + n))
        st = cpi_error_set(w->err, CP_ERR_NOMEM, dir, 0, 0, 0, "out of memory");
    for (size_t i = 0; i < n && st == CP_OK; i++) {
        const char *p = paths[i];
        struct stat sb;
        if (stat(p, &sb) != 0)
            continue; /* a dangling symlink or a file gone meanwhile */
        bool fresh;
        if (S_ISDIR(sb.st_mode)) {
            if (!id_set_add(&w->dirs, sb.st_dev, sb.st_ino, &fresh))
                st = cpi_error_set(w->err, CP_ERR_NOMEM, dir, 0, 0, 0, "out of memory");
            else if (fresh)
                st = walk_dir(w, p, depth + 1);
        } else if (S_ISREG(sb.st_mode) && ends_with_txt(p)) {
            if (!id_set_add(&w->files, sb.st_dev, sb.st_ino, &fresh))
                st = cpi_error_set(w->err, CP_ERR_NOMEM, dir, 0, 0, 0, "out of memory");
            else if (fresh && !text_push(w->mem, &w->out, NULL, 0, p, strlen(p)))
                st = cpi_error_set(w->err, CP_ERR_NOMEM, dir, 0, 0, 0, "out of memory");
        }
    }
    cpi_mem_free(w->mem, paths);
    text_free(w->mem, &names);
    return st;
}

/* The list as one allocation: the pointers, then the paths they point at. */
static bool list_of_text(const cpi_mem *mem, const path_text *t, cpi_path_list *out) {
    if (t->count == 0)
        return true;
    char **paths = cpi_mem_alloc(mem, t->count * sizeof(char *) + t->size);
    if (!paths)
        return false;
    char *bytes = (char *)(paths + t->count);
    memcpy(bytes, t->bytes, t->size);
    for (size_t i = 0; i < t->count; i++)
        paths[i] = bytes + t->at[i];
    out->paths = paths;
    out->count = out->cap = t->count;
    out->one_block = true;
    return true;
}

cp_status cpi_list_documents(const cpi_mem *mem, const char *dir, cpi_path_list *out,
                             cp_error *err) {
    out->mem = mem;
    out->paths = NULL;
    out->count = out->cap = 0;
    out->one_block = true;
    walk w = {mem, {mem, NULL, NULL, 0, 0}, {mem, NULL, NULL, 0, 0}, {0}, err};
    struct stat sb;
    cp_status st;
    if (stat(dir, &sb) != 0) {
        st = open_error(err, dir, errno);
    } else {
        bool fresh;
        if (!id_set_add(&w.dirs, sb.st_dev, sb.st_ino, &fresh))
            st = cpi_error_set(err, CP_ERR_NOMEM, dir, 0, 0, 0, "out of memory");
        else
            st = walk_dir(&w, dir, 0);
    }
    if (st == CP_OK && !list_of_text(mem, &w.out, out))
        st = cpi_error_set(err, CP_ERR_NOMEM, dir, 0, 0, 0, "out of memory");
    id_set_free(&w.dirs);
    id_set_free(&w.files);
    text_free(mem, &w.out);
    return st;
}

cp_status cpi_path_list_one(const cpi_mem *mem, const char *path, cpi_path_list *out) {
    out->mem = mem;
    out->paths = NULL;
    out->count = out->cap = 0;
    out->one_block = true;
    path_text t = {0};
    bool ok = text_push(mem, &t, NULL, 0, path, strlen(path)) && list_of_text(mem, &t, out);
    text_free(mem, &t);
    return ok ? CP_OK : CP_ERR_NOMEM;
}

void cpi_path_list_free(cpi_path_list *list) {
    for (size_t i = 0; !list->one_block && i < list->count; i++)
        cpi_mem_free(list->mem, list->paths[i]);
    cpi_mem_free(list->mem, list->paths);
    list->paths = NULL;
    list->count = list->cap = 0;
}
