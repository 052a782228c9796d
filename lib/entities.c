/* The entity model (see entities.h): journaled arena lists, registries by
 * id, and the public accessors of administrations, officials, agencies and
 * sites. */
#include "entities.h"

#include <assert.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "hash.h"

/* ---- journaled lists ---------------------------------------------------- */

/* Save a list's header before its first change since the latest mark. A
 * rollback to that mark (or an earlier one) needs only the oldest header;
 * restoring it also restores the list's epoch, so a list changed again after
 * a rollback is journaled again. */
static cpi_journal_entry *journal_entry(cpi_model *m) {
    if (!cpi_mem_reserve(m->mem, (void **)&m->journal, &m->journal_cap,
                         m->journal_count + 1, sizeof(cpi_journal_entry)))
        return NULL;
    cpi_journal_entry *e = &m->journal[m->journal_count++];
    memset(e, 0, sizeof *e);
    return e;
}

static bool journal(cpi_model *m, cpi_vec *v) {
    if (m->scratch || (m->epoch && v->epoch == m->epoch))
        return true;
    cpi_journal_entry *e = journal_entry(m);
    if (!e)
        return false;
    e->vec = v;
    e->old.vec = *v;
    v->epoch = m->epoch;
    return true;
}

bool cpi_journal_bytes(cpi_model *m, void *where, size_t size) {
    if (m->scratch) /* a document's own model: nothing to undo */
        return true;
    void *saved = cpi_arena_alloc(m->arena, size);
    cpi_journal_entry *e = saved ? journal_entry(m) : NULL;
    if (!e)
        return false;
    memcpy(saved, where, size);
    e->where = where;
    e->saved = saved;
    e->size = size;
    return true;
}

/* v's items moved to a fresh block of `cap` items in `arena` (the old
 * block stays where it was). */
static bool vec_move(cpi_arena *arena, cpi_vec *v, size_t cap, size_t size, uint8_t store) {
    if (cap > SIZE_MAX / 2 / size)
        return false;
    void *items = cpi_arena_alloc(arena, cap * size);
    if (!items)
        return false;
    if (v->count)
        memcpy(items, v->items, v->count * size);
    v->items = items;
    v->cap = cap;
    v->store = store;
    return true;
}

/* Room for `extra` more items, in a fresh block of the scratch arena (a
 * document's own model) or the arena (the corpus's: the old block stays
 * valid for the journal, and a rollback frees the new one). */
static bool vec_room(cpi_model *m, cpi_vec *v, size_t extra, size_t size) {
    if (v->cap - v->count >= extra)
        return true;
    size_t cap = v->cap ? v->cap * 2 : 4;
    if (cap - v->count < extra)
        cap = v->count + extra;
    return vec_move(m->scratch ? m->scratch : m->arena, v, cap, size,
                    m->scratch ? CPI_VEC_SCRATCH : CPI_VEC_ARENA);
}

bool cpi_vec_to_arena(cpi_model *dst, cpi_vec *v, size_t size) {
    if (v->store == CPI_VEC_ARENA)
        return true;
    void *items = NULL;
    if (v->count) {
        items = cpi_arena_alloc(dst->arena, v->count * size);
        if (!items)
            return false;
        memcpy(items, v->items, v->count * size);
    }
    v->items = items;
    v->cap = v->count;
    v->store = CPI_VEC_ARENA;
    return true;
}

/* (a path kept out of its callers, which then save fewer registers) */
#if defined(__GNUC__)
#define NOT_INLINE __attribute__((noinline))
#else
#define NOT_INLINE
#endif

/* A full list of a document's own model, twice as large (or four items) in
 * its scratch: nothing is journaled there, and the old block just stays. */
static NOT_INLINE bool scratch_grow(cpi_arena *scratch, cpi_vec *v, size_t size) {
    return vec_move(scratch, v, v->cap ? v->cap * 2 : 4, size, CPI_VEC_SCRATCH);
}

bool cpi_vec_push_slow(cpi_model *m, cpi_vec *v, const void *item, size_t size) {
    /* (room is there for most pushes: vec_room is not called) */
    if (m->scratch ? v->count == v->cap && !scratch_grow(m->scratch, v, size)
                   : !journal(m, v) || (v->count == v->cap && !vec_room(m, v, 1, size)))
        return false;
    char *to = (char *)v->items + v->count * size;
    if (size == sizeof(void *))
        memcpy(to, item, sizeof(void *)); /* most lists hold pointers: a move, no call */
    else
        memcpy(to, item, size);
    v->count++;
    return true;
}

bool cpi_vec_append(cpi_model *m, cpi_vec *v, const void *items, size_t n, size_t size) {
    if (n == 0)
        return true;
    if (!journal(m, v) || !vec_room(m, v, n, size))
        return false;
    memcpy((char *)v->items + v->count * size, items, n * size);
    v->count += n;
    return true;
}

/* ---- mention lists (see cpi_mention_list in entities.h) ------------------- */

static bool journal_mentions_slow(cpi_model *m, cpi_mention_list *l);

/* (inline: a list is journaled once per load, checked at every change) */
static inline bool journal_mentions(cpi_model *m, cpi_mention_list *l) {
    if (m->scratch || (m->epoch && l->epoch == m->epoch))
        return true;
    return journal_mentions_slow(m, l);
}

static bool journal_mentions_slow(cpi_model *m, cpi_mention_list *l) {
    cpi_journal_entry *e = journal_entry(m);
    if (!e)
        return false;
    e->mentions = l;
    e->old.mentions = *l;
    l->epoch = m->epoch;
    return true;
}

static size_t segment_size(size_t k) {
    return k < CPI_MENTION_SEGMENT_SHIFT ? (size_t)1 << k : CPI_MENTION_SEGMENT_MAX;
}

/* The items the first n segments hold. */
static size_t segments_room(size_t n) { return cpi_mention_segments_room(n); }

/* The place of the highest bit set in j (j > 0). */
static inline size_t top_bit(size_t j) {
#if defined(__GNUC__)
    return (size_t)(8 * sizeof(unsigned long long) - 1) - (size_t)__builtin_clzll(j);
#else
    size_t k = 0;
    while (j >> (k + 1))
        k++;
    return k;
#endif
}

/* Where item i of the list's blocks sits (i may be past the count, inside
 * the room), and how many items its block holds from there on. */
static cp_mention *slot(const cpi_mention_list *l, size_t i, size_t *run) {
    if (i < l->head_count) {
        *run = l->head_count - i;
        return l->head + i;
    }
    /* counting from 1 past the head, segment k starts at 2^k while segments
     * double, then every SEGMENT_MAX */
    size_t j = i - l->head_count + 1, k, at;
    if (j < CPI_MENTION_SEGMENT_MAX) {
        k = top_bit(j);
        at = j - ((size_t)1 << k);
    } else {
        j -= CPI_MENTION_SEGMENT_MAX;
        k = CPI_MENTION_SEGMENT_SHIFT + j / CPI_MENTION_SEGMENT_MAX;
        at = j % CPI_MENTION_SEGMENT_MAX;
    }
    *run = segment_size(k) - at;
    return l->segments[k] + at;
}

/* Room for `extra` more items: the first ones in a head of their exact
 * size, later ones in new segments (and a larger table, the old one left
 * for the journal's headers). */
static bool mention_room(cpi_arena *arena, cpi_mention_list *l, size_t extra) {
    if (l->count == 0) {
        if (extra > SIZE_MAX / sizeof(cp_mention))
            return false;
        l->head = cpi_arena_alloc(arena, extra * sizeof(cp_mention));
        if (!l->head)
            return false;
        l->head_count = extra;
        l->segment_count = 0;
        return true;
    }
    size_t room = l->head_count + segments_room(l->segment_count);
    while (room - l->count < extra) {
        if (l->segment_count == l->segment_cap) {
            size_t cap = l->segment_cap ? l->segment_cap * 2 : 2;
            cp_mention **table = cpi_arena_alloc(arena, cap * sizeof *table);
            if (!table)
                return false;
            if (l->segment_count)
                memcpy(table, l->segments, l->segment_count * sizeof *table);
            l->segments = table;
            l->segment_cap = cap;
        }
        size_t size = segment_size(l->segment_count);
        cp_mention *segment = cpi_arena_alloc(arena, size * sizeof(cp_mention));
        if (!segment)
            return false;
        l->segments[l->segment_count++] = segment;
        room += size;
    }
    return true;
}

/* Copy n items in after the last (room made). */
static void mention_put(cpi_mention_list *l, const cp_mention *items, size_t n) {
    while (n) {
        size_t run;
        cp_mention *to = slot(l, l->count, &run);
        if (run > n)
            run = n;
        /* a document adds an entity's few mentions: item by item, no call */
        if (run <= 4) {
            for (size_t k = 0; k < run; k++)
                to[k] = items[k];
        } else {
            memcpy(to, items, run * sizeof *items);
        }
        l->count += run;
        items += run;
        n -= run;
    }
}

static bool mention_add_all(cpi_arena *arena, cpi_mention_list *dst,
                            const cpi_mention_list *src) {
    if (!mention_room(arena, dst, src->count))
        return false;
    if (src->count <= src->head_count) { /* all in its head: one run */
        mention_put(dst, src->head, src->count);
        return true;
    }
    for (size_t i = 0; i < src->count;) {
        size_t run;
        const cp_mention *from = slot(src, i, &run);
        if (run > src->count - i)
            run = src->count - i;
        mention_put(dst, from, run);
        i += run;
    }
    return true;
}

static cpi_arena *model_arena(cpi_model *m) { return m->scratch ? m->scratch : m->arena; }

/* Where the next item goes, room made: the head, or else the last segment
 * (the ones before it are full). mention_put's slot() without its search:
 * a list grows by one at a time at every mention of its entity. */
static cp_mention *next_slot(const cpi_mention_list *l) {
    if (l->count < l->head_count)
        return l->head + l->count;
    size_t k = l->segment_count - 1;
    return l->segments[k] + (l->count - l->head_count - segments_room(k));
}

bool cpi_mention_list_push_slow(cpi_model *m, cpi_mention_list *l, const cp_mention *x) {
    /* In a document's own model a new list's head has room for four: an
     * entity a document names it mostly names again, and its list is
     * copied by count when the corpus takes it (its scratch goes). */
    size_t room = m->scratch && l->count == 0 ? CPI_MENTION_FIRST_HEAD : 1;
    if (!journal_mentions(m, l) || !mention_room(model_arena(m), l, room))
        return false;
    cp_mention *to = next_slot(l);
#ifndef NDEBUG
    size_t run;
    assert(to == slot(l, l->count, &run)); /* (debug builds) */
#endif
    *to = *x;
    l->count++;
    return true;
}

bool cpi_mention_list_append_slow(cpi_model *m, cpi_mention_list *dst,
                                  const cpi_mention_list *src) {
    size_t n = src->count;
    if (n == 0)
        return true;
    if (!journal_mentions(m, dst))
        return false;
    size_t left;
    cp_mention *to = n <= src->head_count ? cpi_mention_room_left(dst, &left) : NULL;
    if (to && left >= n) { /* (as cpi_mention_list_append, once journaled) */
        for (size_t i = 0; i < n; i++)
            to[i] = src->head[i];
        dst->count += n;
        return true;
    }
    return mention_add_all(model_arena(m), dst, src);
}

bool cpi_mention_list_take(cpi_model *dst, cpi_mention_list *l) {
    cpi_mention_list copy;
    memset(&copy, 0, sizeof copy);
    if (l->count && l->count <= l->head_count) {
        /* (mostly all in its head: a head of that size, one copy) */
        copy.head = cpi_arena_alloc(dst->arena, l->count * sizeof *copy.head);
        if (!copy.head)
            return false;
        memcpy(copy.head, l->head, l->count * sizeof *copy.head);
        copy.count = copy.head_count = l->count;
    } else if (l->count && !mention_add_all(dst->arena, &copy, l)) {
        return false;
    }
    *l = copy;
    return true;
}

const cp_mention *cpi_mention_list_at(const cpi_mention_list *l, size_t i) {
    size_t run;
    return i < l->count ? slot(l, i, &run) : NULL;
}

void cpi_mention_list_copy(const cpi_mention_list *l, cp_mention *out) {
    for (size_t i = 0; i < l->count;) {
        size_t run;
        const cp_mention *from = slot(l, i, &run);
        if (run > l->count - i)
            run = l->count - i;
        memcpy(out + i, from, run * sizeof *out);
        i += run;
    }
}

/* ---- registries ------------------------------------------------------------- */

static void *entity_at(const cpi_registry *r, size_t i) {
    return ((void **)r->all.items)[i];
}

void *cpi_registry_find(const cpi_registry *r, const char *id) {
    return r->all.count ? cpi_registry_find_hashed(r, id, cpi_hash_str(id)) : NULL;
}

/* The hash of a registered entity's id, kept in it by registry_add. */
static size_t entity_hash(const cpi_registry *r, const void *e) {
    size_t hash;
    memcpy(&hash, (const char *)e + r->hash_at, sizeof hash);
    return hash;
}

static void index_fill(cpi_registry *r) {
    memset(r->index, 0, r->index_cap * sizeof(size_t));
    for (size_t i = 0; i < r->all.count; i++) {
        size_t h = entity_hash(r, entity_at(r, i)) & (r->index_cap - 1);
        while (r->index[h])
            h = (h + 1) & (r->index_cap - 1);
        r->index[h] = i + 1;
    }
}

/* Heap memory for the model's own arrays, or scratch memory (freed with the
 * scratch arena, not one by one) for a document's own model: its arrays are
 * then allocated and dropped on the thread that owns the scratch. */
static void *model_alloc(cpi_model *m, size_t size) {
    return m->scratch ? cpi_arena_alloc(m->scratch, size) : cpi_mem_alloc(m->mem, size);
}

static void model_free(cpi_model *m, void *p) {
    if (!m->scratch)
        cpi_mem_free(m->mem, p);
}

bool cpi_registry_add(cpi_model *m, cpi_registry *r, void *entity) {
    return cpi_registry_add_hashed(m, r, entity, cpi_hash_str(r->id_of(entity)));
}

bool cpi_registry_add_slow(cpi_model *m, cpi_registry *r, void *entity, size_t hash) {
    if (!r->index_cap && m->scratch && r->all.count < CPI_REGISTRY_SCAN_MAX) {
        /* (room for all it scans at once; nothing journaled in scratch) */
        if (r->all.cap == 0) {
            void **items = cpi_arena_alloc(m->scratch, CPI_REGISTRY_SCAN_MAX * sizeof entity);
            if (!items)
                return false;
            r->all.items = items;
            r->all.cap = CPI_REGISTRY_SCAN_MAX;
            r->all.store = CPI_VEC_SCRATCH;
        } else if (r->all.count == r->all.cap &&
                   !vec_room(m, &r->all, CPI_REGISTRY_SCAN_MAX, sizeof entity)) {
            return false;
        }
        ((void **)r->all.items)[r->all.count++] = entity;
        memcpy((char *)entity + r->hash_at, &hash, sizeof hash);
        return true;
    }
    if ((r->all.count + 1) * 2 > r->index_cap) {
        /* (past the scan: an index, zeroed at each document) */
        size_t cap = r->index_cap ? r->index_cap * 2 : m->scratch ? 32 : 64;
        size_t *index = model_alloc(m, cap * sizeof(size_t));
        if (!index)
            return false;
        model_free(m, r->index);
        r->index = index;
        r->index_cap = cap;
        index_fill(r);
    }
    if (!cpi_vec_push(m, &r->all, &entity, sizeof entity))
        return false;
    memcpy((char *)entity + r->hash_at, &hash, sizeof hash);
    size_t h = hash & (r->index_cap - 1);
    while (r->index[h])
        h = (h + 1) & (r->index_cap - 1);
    r->index[h] = r->all.count;
    return true;
}

void cpi_registry_remove(cpi_registry *r, void *entity) {
    void **all = r->all.items;
    for (size_t i = 0; i < r->all.count; i++) {
        if (all[i] != entity)
            continue;
        memmove(all + i, all + i + 1, (r->all.count - i - 1) * sizeof *all);
        r->all.count--;
        if (r->index_cap)
            index_fill(r);
        return;
    }
}

/* Heapsort of entity pointers by id: in place, O(n log n), and reentrant
 * (C11 qsort has no context argument). */
static bool id_less(const cpi_registry *r, void *a, void *b) {
    return strcmp(r->id_of(a), r->id_of(b)) < 0;
}

static void sift_down(const cpi_registry *r, void **v, size_t root, size_t n) {
    for (;;) {
        size_t child = 2 * root + 1;
        if (child >= n)
            return;
        if (child + 1 < n && id_less(r, v[child], v[child + 1]))
            child++;
        if (!id_less(r, v[root], v[child]))
            return;
        void *t = v[root];
        v[root] = v[child];
        v[child] = t;
        root = child;
    }
}

static void sort_by_id(const cpi_registry *r, void **v, size_t n) {
    for (size_t i = n / 2; i > 0; i--)
        sift_down(r, v, i - 1, n);
    for (size_t end = n; end > 1; end--) {
        void *t = v[0];
        v[0] = v[end - 1];
        v[end - 1] = t;
        sift_down(r, v, 0, end - 1);
    }
}

/* ---- the model's life cycle ------------------------------------------------ */

static const char *admin_id(const void *e) { return ((const cp_administration *)e)->row->id; }
static const char *agency_id(const void *e) { return ((const cp_agency *)e)->row->id; }
static const char *site_id(const void *e) { return ((const cp_site *)e)->id; }
static const char *official_id(const void *e) { return ((const cp_official *)e)->id; }
static const char *program_id(const void *e) { return ((const cp_program *)e)->id; }

/* A registry of a document's own model: its first entities go in `room`,
 * scratch memory for CPI_REGISTRY_SCAN_MAX of them. */
static void give_scan_room(cpi_registry *r, void **room) {
    r->all.items = room;
    r->all.cap = CPI_REGISTRY_SCAN_MAX;
    r->all.store = CPI_VEC_SCRATCH;
}

bool cpi_model_init(cpi_model *m, const cpi_mem *mem, cpi_arena *arena) {
    return cpi_model_init_local(m, mem, arena, NULL);
}

bool cpi_model_init_local(cpi_model *m, const cpi_mem *mem, cpi_arena *arena,
                          cpi_arena *scratch) {
    memset(m, 0, sizeof *m);
    m->mem = mem;
    m->arena = arena;
    m->scratch = scratch;
    m->admin_reg.id_of = admin_id;
    m->agency_reg.id_of = agency_id;
    m->site_reg.id_of = site_id;
    m->official_reg.id_of = official_id;
    m->program_reg.id_of = program_id;
    m->admin_reg.hash_at = offsetof(cp_administration, id_hash);
    m->agency_reg.hash_at = offsetof(cp_agency, id_hash);
    m->site_reg.hash_at = offsetof(cp_site, id_hash);
    m->official_reg.hash_at = offsetof(cp_official, id_hash);
    m->program_reg.hash_at = offsetof(cp_program, id_hash);
    m->admins = model_alloc(m, cpi_presidency_count * sizeof(cp_administration));
    if (!m->admins)
        return false;
    if (scratch) {
        /* the room every registry of a document's own model scans (see
         * cpi_registry_add_hashed), at once: most documents name entities
         * of four kinds or five */
        void **room = cpi_arena_alloc(scratch, 5 * CPI_REGISTRY_SCAN_MAX * sizeof *room);
        if (!room)
            return false;
        give_scan_room(&m->admin_reg, room);
        give_scan_room(&m->official_reg, room + CPI_REGISTRY_SCAN_MAX);
        give_scan_room(&m->agency_reg, room + 2 * CPI_REGISTRY_SCAN_MAX);
        give_scan_room(&m->site_reg, room + 3 * CPI_REGISTRY_SCAN_MAX);
        give_scan_room(&m->program_reg, room + 4 * CPI_REGISTRY_SCAN_MAX);
    }
    /* A document's own model sets each one up at its first use (most of
     * the 47 are never used); the corpus's model, all of them now. */
    m->admins_lazy = scratch && cpi_presidency_count <= 64;
    if (!m->admins_lazy)
        for (size_t i = 0; i < cpi_presidency_count; i++)
            cpi_model_admin_setup(m, i);
    return true;
}

void cpi_model_admin_setup(cpi_model *m, size_t p) {
    cpi_vec none = {0};
    m->admins[p].row = &cpi_presidencies[p];
    m->admins[p].id_hash = 0;
    m->admins[p].officials = none;
    m->admins[p].documents = none;
    if (m->admins_lazy)
        m->admins_ready |= (uint64_t)1 << p;
}

static void registry_release(cpi_model *m, cpi_registry *r) {
    model_free(m, r->index);
    cpi_mem_free(m->mem, r->sorted);
}

char *cpi_model_string(cpi_model *m, const char *s, size_t n) {
    return cpi_arena_strndup(model_arena(m), s, n);
}

/* Free a registry's sorted view, if a commit made one (no call for the
 * usual NULL of a document's own model). */
static inline void drop_sorted(cpi_model *m, cpi_registry *r) {
    if (r->sorted) {
        cpi_mem_free(m->mem, r->sorted);
        r->sorted = NULL;
    }
}

void cpi_model_release(cpi_model *m) {
    if (m->scratch) {
        /* a document's own model: its arrays are in the scratch, which its
         * owner releases; only what a commit or a journal put on the heap
         * is freed here (nothing, as a rule), and nothing is cleared but
         * those pointers: the model is made afresh for the next document */
        drop_sorted(m, &m->admin_reg);
        drop_sorted(m, &m->official_reg);
        drop_sorted(m, &m->agency_reg);
        drop_sorted(m, &m->site_reg);
        drop_sorted(m, &m->program_reg);
        if (m->journal) {
            cpi_mem_free(m->mem, m->journal);
            m->journal = NULL;
        }
        return;
    }
    registry_release(m, &m->admin_reg);
    registry_release(m, &m->official_reg);
    registry_release(m, &m->agency_reg);
    registry_release(m, &m->site_reg);
    registry_release(m, &m->program_reg);
    model_free(m, m->admins);
    cpi_mem_free(m->mem, m->journal);
    cpi_mem_free(m->mem, m->origin_max);
    memset(m, 0, sizeof *m); /* releasing again does nothing */
}

size_t cpi_model_mark(cpi_model *m) {
    m->epoch++;
    return m->journal_count;
}

/* Sorted views are rebuilt only for registries this load added to, and all
 * at once: every new view is allocated before any replaces an old one, so a
 * commit that fails leaves the views as they were (matching the lists a
 * rollback restores). */
bool cpi_model_commit(cpi_model *m) {
    cpi_registry *regs[] = {&m->admin_reg, &m->official_reg, &m->agency_reg, &m->site_reg,
                            &m->program_reg};
    enum { REGS = sizeof regs / sizeof regs[0] };
    void **fresh[REGS] = {NULL};
    for (size_t i = 0; i < REGS; i++) {
        if (regs[i]->sorted_count == regs[i]->all.count)
            continue;
        fresh[i] = cpi_mem_alloc(m->mem, regs[i]->all.count * sizeof(void *));
        if (!fresh[i]) {
            for (size_t k = 0; k < i; k++)
                cpi_mem_free(m->mem, fresh[k]);
            return false;
        }
    }
    for (size_t i = 0; i < REGS; i++) {
        cpi_registry *r = regs[i];
        if (!fresh[i])
            continue;
        memcpy(fresh[i], r->all.items, r->all.count * sizeof(void *));
        sort_by_id(r, fresh[i], r->all.count);
        cpi_mem_free(m->mem, r->sorted);
        r->sorted = fresh[i];
        r->sorted_count = r->all.count;
    }
    m->journal_count = 0;
    return true;
}

void cpi_model_rollback(cpi_model *m, size_t mark) {
    bool undone = m->journal_count > mark;
    while (m->journal_count > mark) {
        cpi_journal_entry *e = &m->journal[--m->journal_count];
        if (e->vec)
            *e->vec = e->old.vec;
        else if (e->mentions)
            *e->mentions = e->old.mentions;
        else
            memcpy(e->where, e->saved, e->size);
    }
    if (!undone)
        return;
    cpi_registry *regs[] = {&m->admin_reg, &m->official_reg, &m->agency_reg, &m->site_reg,
                            &m->program_reg};
    for (size_t i = 0; i < 5; i++)
        if (regs[i]->index_cap)
            index_fill(regs[i]);
}

/* Append a pointer to a list of a document's own model. */
static inline bool scratch_push_pointer(cpi_arena *scratch, cpi_vec *v, void *item) {
    if (v->cap == 0) { /* (a site's first program: most sites have one) */
        void **items = cpi_arena_alloc(scratch, 4 * sizeof item);
        if (!items)
            return false;
        v->items = items;
        v->cap = 4;
        v->store = CPI_VEC_SCRATCH;
    } else if (v->count == v->cap && !scratch_grow(scratch, v, sizeof item)) {
        return false;
    }
    ((void **)v->items)[v->count++] = item;
    return true;
}

bool cpi_model_link_new(cpi_model *m, cp_program *p, cp_site *s) {
    if (m->scratch) /* a document's own model (the links extractor): no journal */
        return scratch_push_pointer(m->scratch, &p->sites, s) &&
               scratch_push_pointer(m->scratch, &s->programs, p);
    return cpi_vec_push(m, &p->sites, &s, sizeof s) &&
           cpi_vec_push(m, &s->programs, &p, sizeof p);
}

cp_administration *cpi_model_admin(cpi_model *m, const char *id) {
    for (size_t i = 0; i < cpi_presidency_count; i++)
        if (strcmp(cpi_presidencies[i].id, id) == 0)
            return cpi_model_admin_at(m, i);
    return NULL;
}

/* ---- public accessors ------------------------------------------------------- */

#include "corpus.h"

#define VEC_AT(v, type, i) (((type *)(v).items)[i])

const cp_document *cp_mention_document(const cp_mention *x) { return x ? x->doc : NULL; }
size_t cp_mention_start(const cp_mention *x) { return x ? x->start : 0; }
size_t cp_mention_end(const cp_mention *x) { return x ? x->end : 0; }

static const void *registry_at(const cpi_registry *r, size_t i) {
    return i < r->sorted_count ? r->sorted[i] : NULL;
}

size_t cp_corpus_administration_count(const cp_corpus *c) {
    return c ? cpi_corpus_model(c)->admin_reg.sorted_count : 0;
}
const cp_administration *cp_corpus_administration_at(const cp_corpus *c, size_t i) {
    return c ? registry_at(&cpi_corpus_model(c)->admin_reg, i) : NULL;
}
const cp_administration *cp_corpus_administration_by_id(const cp_corpus *c,
                                                        const char *id) {
    if (!c || !id)
        return NULL;
    return cpi_model_admin((cpi_model *)cpi_corpus_model(c), id);
}

const char *cp_administration_id(const cp_administration *a) { return a ? a->row->id : NULL; }
const char *cp_administration_president(const cp_administration *a) {
    return a ? a->row->name : NULL;
}
const char *cp_administration_party(const cp_administration *a) {
    return a ? a->row->party : NULL;
}
const char *cp_administration_start(const cp_administration *a) {
    return a ? a->row->start : NULL;
}
const char *cp_administration_end(const cp_administration *a) {
    return a && a->row->end[0] ? a->row->end : NULL;
}
size_t cp_administration_official_count(const cp_administration *a) {
    return a ? a->officials.count : 0;
}
const cp_official *cp_administration_official_at(const cp_administration *a, size_t i) {
    return a && i < a->officials.count ? VEC_AT(a->officials, cp_official *, i) : NULL;
}
size_t cp_administration_document_count(const cp_administration *a) {
    return a ? a->documents.count : 0;
}
const cp_document *cp_administration_document_at(const cp_administration *a, size_t i) {
    return a && i < a->documents.count ? VEC_AT(a->documents, const cp_document *, i) : NULL;
}

const char *cp_official_name(const cp_official *o) { return o ? o->name : NULL; }
const char *cp_official_role(const cp_official *o) { return o ? o->role : NULL; }
const cp_administration *cp_official_administration(const cp_official *o) {
    return o ? o->admin : NULL;
}
size_t cp_official_mention_count(const cp_official *o) { return o ? o->mentions.count : 0; }
const cp_mention *cp_official_mention_at(const cp_official *o, size_t i) {
    return o ? cpi_mention_list_at(&o->mentions, i) : NULL;
}

size_t cp_corpus_agency_count(const cp_corpus *c) {
    return c ? cpi_corpus_model(c)->agency_reg.sorted_count : 0;
}
const cp_agency *cp_corpus_agency_at(const cp_corpus *c, size_t i) {
    return c ? registry_at(&cpi_corpus_model(c)->agency_reg, i) : NULL;
}
const cp_agency *cp_corpus_agency_by_id(const cp_corpus *c, const char *id) {
    return c && id ? cpi_registry_find(&cpi_corpus_model(c)->agency_reg, id) : NULL;
}
const char *cp_agency_id(const cp_agency *a) { return a ? a->row->id : NULL; }
const char *cp_agency_name(const cp_agency *a) { return a ? a->row->name : NULL; }
const char *cp_agency_acronym(const cp_agency *a) {
    return a && a->row->acronym[0] ? a->row->acronym : NULL;
}
const char *cp_agency_department(const cp_agency *a) {
    return a && a->row->department[0] ? a->row->department : NULL;
}
size_t cp_agency_mention_count(const cp_agency *a) { return a ? a->mentions.count : 0; }
const cp_mention *cp_agency_mention_at(const cp_agency *a, size_t i) {
    return a ? cpi_mention_list_at(&a->mentions, i) : NULL;
}

const char *cp_site_kind_name(cp_site_kind kind) {
    switch (kind) {
    case CP_SITE_CITY:
        return "city";
    case CP_SITE_COUNTY:
        return "county";
    case CP_SITE_STATE:
        return "state";
    case CP_SITE_DISTRICT:
        return "district";
    case CP_SITE_REGION:
        return "region";
    case CP_SITE_UNKNOWN:
        break;
    }
    return "unknown";
}

size_t cp_corpus_site_count(const cp_corpus *c) {
    return c ? cpi_corpus_model(c)->site_reg.sorted_count : 0;
}
const cp_site *cp_corpus_site_at(const cp_corpus *c, size_t i) {
    return c ? registry_at(&cpi_corpus_model(c)->site_reg, i) : NULL;
}
const cp_site *cp_corpus_site_by_id(const cp_corpus *c, const char *id) {
    return c && id ? cpi_registry_find(&cpi_corpus_model(c)->site_reg, id) : NULL;
}
const char *cp_site_id(const cp_site *s) { return s ? s->id : NULL; }
const char *cp_site_name(const cp_site *s) { return s ? s->name : NULL; }
const char *cp_site_state(const cp_site *s) { return s && s->state[0] ? s->state : NULL; }
cp_site_kind cp_site_kind_of(const cp_site *s) { return s ? s->kind : CP_SITE_UNKNOWN; }
bool cp_site_coordinates(const cp_site *s, double *lat, double *lon) {
    if (!s || !s->has_coordinates)
        return false;
    if (lat)
        *lat = s->lat;
    if (lon)
        *lon = s->lon;
    return true;
}
size_t cp_site_mention_count(const cp_site *s) { return s ? s->mentions.count : 0; }
const cp_mention *cp_site_mention_at(const cp_site *s, size_t i) {
    return s ? cpi_mention_list_at(&s->mentions, i) : NULL;
}

const cp_administration *cp_document_administration(const cp_document *d) {
    return d ? d->administration : NULL;
}
size_t cp_document_official_count(const cp_document *d) {
    return d && d->found ? d->found->official_count : 0;
}
const cp_official *cp_document_official_at(const cp_document *d, size_t i) {
    return i < cp_document_official_count(d) ? d->found->officials[i] : NULL;
}
size_t cp_document_site_count(const cp_document *d) {
    return d && d->found ? d->found->site_count : 0;
}
const cp_site *cp_document_site_at(const cp_document *d, size_t i) {
    return i < cp_document_site_count(d) ? d->found->sites[i] : NULL;
}

size_t cp_corpus_program_count(const cp_corpus *c) {
    return c ? cpi_corpus_model(c)->program_reg.sorted_count : 0;
}
const cp_program *cp_corpus_program_at(const cp_corpus *c, size_t i) {
    return c ? registry_at(&cpi_corpus_model(c)->program_reg, i) : NULL;
}
const cp_program *cp_corpus_program_by_id(const cp_corpus *c, const char *id) {
    return c && id ? cpi_registry_find(&cpi_corpus_model(c)->program_reg, id) : NULL;
}
const char *cp_program_id(const cp_program *p) { return p ? p->id : NULL; }
const char *cp_program_name(const cp_program *p) { return p ? p->name : NULL; }
const char *cp_program_acronym(const cp_program *p) { return p ? p->acronym : NULL; }
const char *cp_program_kind(const cp_program *p) { return p ? p->kind : NULL; }
size_t cp_program_alias_count(const cp_program *p) { return p ? p->aliases.count : 0; }
const char *cp_program_alias_at(const cp_program *p, size_t i) {
    return p && i < p->aliases.count ? VEC_AT(p->aliases, const char *, i) : NULL;
}
const cp_program *cp_program_parent(const cp_program *p) { return p ? p->parent : NULL; }
size_t cp_program_component_count(const cp_program *p) { return p ? p->components.count : 0; }
const cp_program *cp_program_component_at(const cp_program *p, size_t i) {
    return p && i < p->components.count ? VEC_AT(p->components, cp_program *, i) : NULL;
}
const cp_administration *cp_program_administration(const cp_program *p) {
    return p ? p->admin : NULL;
}
size_t cp_program_agency_count(const cp_program *p) { return p ? p->agencies.count : 0; }
const cp_agency *cp_program_agency_at(const cp_program *p, size_t i) {
    return p && i < p->agencies.count ? VEC_AT(p->agencies, cp_agency *, i) : NULL;
}
size_t cp_program_site_count(const cp_program *p) { return p ? p->sites.count : 0; }
const cp_site *cp_program_site_at(const cp_program *p, size_t i) {
    return p && i < p->sites.count ? VEC_AT(p->sites, cp_site *, i) : NULL;
}
size_t cp_program_mention_count(const cp_program *p) { return p ? p->mentions.count : 0; }
const cp_mention *cp_program_mention_at(const cp_program *p, size_t i) {
    return p ? cpi_mention_list_at(&p->mentions, i) : NULL;
}
size_t cp_site_program_count(const cp_site *s) { return s ? s->programs.count : 0; }
const cp_program *cp_site_program_at(const cp_site *s, size_t i) {
    return s && i < s->programs.count ? VEC_AT(s->programs, cp_program *, i) : NULL;
}
size_t cp_document_program_count(const cp_document *d) {
    return d && d->found ? d->found->program_count : 0;
}
const cp_program *cp_document_program_at(const cp_document *d, size_t i) {
    return i < cp_document_program_count(d) ? d->found->programs[i] : NULL;
}

const char *cp_figure_kind_name(cp_figure_kind kind) {
    switch (kind) {
    case CP_FIGURE_COUNT:
        return "count";
    case CP_FIGURE_RATE:
        return "rate";
    case CP_FIGURE_CHANGE:
        return "change";
    case CP_FIGURE_DURATION:
        return "duration";
    case CP_FIGURE_MONEY:
        return "money";
    case CP_FIGURE_PERCENT:
        return "percent";
    case CP_FIGURE_UNKNOWN:
        break;
    }
    return "unknown";
}

const char *cp_qualifier_name(cp_qualifier q) {
    switch (q) {
    case CP_QUALIFIER_APPROXIMATELY:
        return "approximately";
    case CP_QUALIFIER_AT_LEAST:
        return "at_least";
    case CP_QUALIFIER_AT_MOST:
        return "at_most";
    case CP_QUALIFIER_MORE_THAN:
        return "more_than";
    case CP_QUALIFIER_LESS_THAN:
        return "less_than";
    case CP_QUALIFIER_EXACT:
        break;
    }
    return "exact";
}

size_t cp_document_figure_count(const cp_document *d) { return d ? cpi_doc_figure_count(d) : 0; }
const cp_figure *cp_document_figure_at(const cp_document *d, size_t i) {
    return i < cp_document_figure_count(d) ? &d->found->figures[i] : NULL;
}
const cp_document *cp_figure_document(const cp_figure *f) { return f ? f->doc : NULL; }
size_t cp_figure_start(const cp_figure *f) { return f ? f->start : 0; }
size_t cp_figure_end(const cp_figure *f) { return f ? f->end : 0; }
const char *cp_figure_text(const cp_figure *f) { return f ? f->text : NULL; }
double cp_figure_value(const cp_figure *f) { return f ? f->value : 0.0; }
bool cp_figure_from(const cp_figure *f, double *from) {
    if (!f || !cpi_figure_has_from(f))
        return false;
    if (from)
        *from = f->from;
    return true;
}
cp_figure_kind cp_figure_kind_of(const cp_figure *f) { return f ? f->kind : CP_FIGURE_UNKNOWN; }
cp_qualifier cp_figure_qualifier(const cp_figure *f) {
    return f ? f->qualifier : CP_QUALIFIER_EXACT;
}
const char *cp_figure_unit(const cp_figure *f) { return f ? f->unit : NULL; }
const char *cp_figure_per(const cp_figure *f) { return f ? f->per : NULL; }
bool cp_figure_unit_span(const cp_figure *f, size_t *start, size_t *end) {
    if (!f || !f->unit)
        return false;
    if (start)
        *start = f->unit_start;
    if (end)
        *end = f->unit_start + f->unit_len;
    return true;
}
