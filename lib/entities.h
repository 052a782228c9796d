/* The entity model: administrations, officials, agencies and sites, merged
 * across the documents of a corpus under canonical ids.
 *
 * Extraction adds entities and mentions while a document loads. Growable
 * lists live in the corpus arena; every change to a list that existed before
 * the load is written to a journal first, so a failed load restores the
 * lists exactly and the arena rollback frees whatever the load allocated. */
#ifndef CPI_ENTITIES_H
#define CPI_ENTITIES_H

#include <math.h>
#include <string.h>

#include "model.h"
#include "tables.h"

/* Where a list's items live. */
typedef enum cpi_vec_store {
    CPI_VEC_ARENA,   /* the corpus's arena (or none yet) */
    CPI_VEC_SCRATCH, /* a document's scratch arena: gone with it */
} cpi_vec_store;

typedef struct cpi_vec {
    void *items;
    size_t count, cap;
    uint64_t epoch;
    uint8_t store; /* cpi_vec_store */
} cpi_vec;

struct cp_mention {
    const cp_document *doc;
    uint32_t start, end; /* documents stay below 2 GiB (CPI_HARD_MAX_DOCUMENT) */
};

/* An entity's mentions. The public accessors hand out pointers into the
 * list that stay valid until the corpus is freed, across later loads, so
 * items never move. The first items a list gets (from the document that
 * brought the entity in: most entities appear in one) sit in one block of
 * their exact size; later ones in segments that double from one item up to
 * CPI_MENTION_SEGMENT_MAX, then keep that size, so that a long list leaves
 * little room unused. Appending fills the last segment in place: a rollback
 * restores the header (count and segment table) and the arena rollback frees
 * the segments a failed load added. */
enum {
    CPI_MENTION_SEGMENT_SHIFT = 8,
    CPI_MENTION_SEGMENT_MAX = 1 << CPI_MENTION_SEGMENT_SHIFT
};

typedef struct cpi_mention_list {
    cp_mention *head;      /* the first head_count items */
    cp_mention **segments; /* the rest: segment k holds min(2^k, SEGMENT_MAX) */
    size_t count, head_count;
    size_t segment_count, segment_cap;
    uint64_t epoch;
} cpi_mention_list;

struct cp_administration {
    const cpi_presidency *row;
    size_t id_hash; /* cpi_hash_str of the id, set when registered (see cpi_registry) */
    cpi_vec officials; /* cp_official * */
    cpi_vec documents; /* const cp_document * */
};

struct cp_official {
    uint64_t seen_in; /* the extraction that last listed it for its document */
    const char *origin; /* id of the document its fields come from (see fold) */
    void *folded;       /* while folding: the corpus's entity for this one */
    size_t id_hash;     /* set when registered (see cpi_registry) */
    const char *id; /* "trump-2017/Jeff Sessions" */
    const char *name; /* in id */
    const char *role; /* static or kept: never copied by fold */
    const cp_administration *admin;
    cpi_mention_list mentions;
};

struct cp_agency {
    const cpi_agency *row;
    void *folded;
    size_t id_hash;
    cpi_mention_list mentions;
};

struct cp_program {
    uint64_t seen_in;
    const char *origin; /* id of the document its fields come from (see fold) */
    void *folded;
    size_t id_hash;
    const char *id;
    const char *name;
    const char *acronym; /* NULL if none */
    const char *kind;    /* static or kept: never copied by fold */
    const cp_program *parent;
    const cp_administration *admin;
    cpi_vec components; /* cp_program * */
    cpi_vec aliases;    /* const char * */
    cpi_vec agencies;   /* cp_agency * */
    cpi_vec sites;      /* cp_site * */
    cpi_mention_list mentions;
};

/* A corpus may hold millions of figures: offsets in 32 bits (documents are
 * below 2 GiB) and the enums in a byte keep one at 72 bytes. */
/* 64 bytes: figures are the most numerous records of a model. */
struct cp_figure {
    const cp_document *doc;
    const char *text;
    double value;
    double from; /* NaN: no start value (cpi_figure_has_from) */
    const char *unit, *per;
    uint32_t start, end;
    uint32_t unit_start; /* in the document's bytes, when unit */
    uint16_t unit_len;   /* a unit spans at most 65,535 bytes (else none) */
    uint8_t kind;        /* cp_figure_kind */
    uint8_t qualifier;   /* cp_qualifier */
};

static inline bool cpi_figure_has_from(const cp_figure *f) { return !isnan(f->from); }

struct cp_site {
    uint64_t seen_in;
    const char *origin; /* id of the document its name comes from (see fold) */
    void *folded;
    size_t id_hash;
    const char *id;
    const char *name;
    char state[3];
    cp_site_kind kind;
    bool has_coordinates;
    double lat, lon;
    cpi_mention_list mentions;
    cpi_vec programs; /* cp_program * */
};

/* One kind of entity: pointers in first-seen order, an id index, and the
 * same pointers sorted by id for the public accessors. Registering an
 * entity keeps its id's hash in it (its id_hash, at hash_at): folding finds
 * a document's entities in the corpus's registry by it, without hashing
 * the id again, and a larger index is filled from it. */
typedef struct cpi_registry {
    cpi_vec all;         /* void * entities */
    size_t *index;       /* heap, open addressing, position + 1 */
    size_t index_cap;
    void **sorted;       /* heap */
    size_t sorted_count;
    const char *(*id_of)(const void *entity);
    size_t hash_at; /* offsetof the entity type's id_hash */
} cpi_registry;

/* One undo step: a list's old header (vec or mentions), or `size` bytes at
 * `where` saved in the arena at `saved`. */
typedef struct cpi_journal_entry {
    cpi_vec *vec;
    cpi_mention_list *mentions;
    union {
        cpi_vec vec;
        cpi_mention_list mentions;
    } old;
    void *where, *saved;
    size_t size;
} cpi_journal_entry;

typedef struct cpi_model {
    const cpi_mem *mem;
    cpi_arena *arena;
    cp_administration *admins; /* one per presidency, heap */
    /* A document's own model sets up an administration when it is first
     * asked for (cpi_model_admin_at): a document names one or two of them.
     * Bit p set: admins[p] is set up. All bits set when admins_lazy is false. */
    bool admins_lazy;
    uint64_t admins_ready;
    cpi_registry admin_reg, official_reg, agency_reg, site_reg, program_reg;
    /* cp_figure, in the order read: the figures a JSON import reads (in
     * its scratch), before they are copied to their documents' arrays. (The
     * corpus keeps no list of its own: it counts figures per document, see
     * cp_corpus_figure_at.) */
    cpi_vec figures;
    /* The largest id of the documents folded in (heap), a bound of every
     * entity's origin (see cpi_model_fold); NULL before the first. Lost
     * (no bound) when there was no memory to copy it. */
    char *origin_max;
    size_t origin_max_cap;
    bool origin_max_lost;
    uint64_t generation; /* one per document extraction, never reused */
    uint64_t epoch;      /* one per cpi_model_mark, never reused */
    cpi_journal_entry *journal; /* heap */
    size_t journal_count, journal_cap;
    /* A document's own model: its entities, lists and arrays go in
     * `scratch` (released by its owner after the model), and nothing is
     * journaled. NULL for the corpus's model. */
    cpi_arena *scratch;
} cpi_model;

bool cpi_model_init(cpi_model *m, const cpi_mem *mem, cpi_arena *arena);
/* A document's own model: nothing journaled, everything of its own in `scratch`
 * (which the caller releases after the model). */
bool cpi_model_init_local(cpi_model *m, const cpi_mem *mem, cpi_arena *arena,
                          cpi_arena *scratch);

/* Memory for a new entity of `size` bytes, zeroed: in a document's own
 * model in its scratch arena (folding copies the entities the corpus takes
 * into its arena), else in the arena. NULL when out of memory. */
/* The same, not zeroed: for an entity its maker sets whole. */
static inline void *cpi_model_entity_unzeroed(cpi_model *m, size_t size) {
    return cpi_arena_alloc(m->scratch ? m->scratch : m->arena, size);
}
/* (inline: the size is known where it is called, and the zeroing then
 * becomes a few stores) */
static inline void *cpi_model_entity(cpi_model *m, size_t size) {
    void *e = cpi_model_entity_unzeroed(m, size);
    if (e)
        memset(e, 0, size);
    return e;
}
/* A copy of s[0..n) for an entity's id, name, acronym or alias: in a
 * document's own model in its scratch arena (folding copies the ones the
 * corpus keeps: most documents name entities it has already), else in the
 * arena. NULL when out of memory. */
char *cpi_model_string(cpi_model *m, const char *s, size_t n);
void cpi_model_release(cpi_model *m);

/* Loads are transactions: take a mark, add, then either roll back to the
 * mark (every list restored) or, at the end of the outermost load, commit
 * (which rebuilds the sorted views and may fail for memory; then roll back). */
size_t cpi_model_mark(cpi_model *m);
void cpi_model_rollback(cpi_model *m, size_t mark);
bool cpi_model_commit(cpi_model *m);

/* Save `size` bytes at `where` so that a rollback restores them. */
bool cpi_journal_bytes(cpi_model *m, void *where, size_t size);

/* Append one item to a list, journaled. False when out of memory. */
bool cpi_vec_push_slow(cpi_model *m, cpi_vec *v, const void *item, size_t size);
/* (inline: most pushes find the list journaled already, or nothing to
 * journal, and room for the item) */
static inline bool cpi_vec_push(cpi_model *m, cpi_vec *v, const void *item, size_t size) {
    if ((m->scratch || (m->epoch && v->epoch == m->epoch)) && v->count < v->cap) {
        memcpy((char *)v->items + v->count * size, item, size);
        v->count++;
        return true;
    }
    return cpi_vec_push_slow(m, v, item, size);
}
/* Append n items, journaled, growing the list at most once. */
bool cpi_vec_append(cpi_model *m, cpi_vec *v, const void *items, size_t n, size_t size);
/* An empty list of an entity new to m since its latest mark: a rollback to
 * that mark (or an earlier one) drops the entity, and a later mark journals
 * the list again, so the list is not journaled now (it is marked as if it
 * were). */
static inline void cpi_model_fresh_list(const cpi_model *m, cpi_vec *v) {
    memset(v, 0, sizeof *v);
    v->epoch = m->epoch;
}
/* Copy a document model's list into dst's arena (exact size): the corpus
 * takes the entity that holds it. False when out of memory (the list is
 * then untouched). */
bool cpi_vec_to_arena(cpi_model *dst, cpi_vec *v, size_t size);

/* Append one mention, or all of `src`'s, journaled. False when out of
 * memory (the items are then not in the list). */
bool cpi_mention_list_push_slow(cpi_model *m, cpi_mention_list *l, const cp_mention *x);
/* (inline: in a document's own model, which journals nothing, most pushes
 * land in the room of the list's head) */
enum { CPI_MENTION_FIRST_HEAD = 4 }; /* a new list's head in a document's own model */
static inline bool cpi_mention_list_push(cpi_model *m, cpi_mention_list *l,
                                         const cp_mention *x) {
    if (m->scratch) {
        if (l->count > 0 && l->count < l->head_count) {
            l->head[l->count++] = *x;
            return true;
        }
        if (l->count == 0) { /* a new entity's first: its head, made here */
            cp_mention *head = cpi_arena_alloc(m->scratch, CPI_MENTION_FIRST_HEAD * sizeof *head);
            if (!head)
                return false;
            head[0] = *x;
            l->head = head;
            l->head_count = CPI_MENTION_FIRST_HEAD;
            l->segment_count = 0;
            l->count = 1;
            return true;
        }
    }
    return cpi_mention_list_push_slow(m, l, x);
}
bool cpi_mention_list_append_slow(cpi_model *m, cpi_mention_list *dst,
                                  const cpi_mention_list *src);

/* The items the first n segments of a mention list hold. */
static inline size_t cpi_mention_segments_room(size_t n) {
    if (n <= CPI_MENTION_SEGMENT_SHIFT)
        return ((size_t)1 << n) - 1;
    return CPI_MENTION_SEGMENT_MAX - 1 +
           (n - CPI_MENTION_SEGMENT_SHIFT) * CPI_MENTION_SEGMENT_MAX;
}

/* Where the next item of a list goes and how many fit there without new
 * room (NULL: none, or a new list). Items go in the head, or else the
 * last segment (the ones before it are full). */
static inline cp_mention *cpi_mention_room_left(const cpi_mention_list *l, size_t *left) {
    *left = 0;
    if (l->count < l->head_count) {
        *left = l->head_count - l->count;
        return l->head + l->count;
    }
    if (l->count == 0 || l->segment_count == 0)
        return NULL;
    size_t k = l->segment_count - 1;
    size_t size = k < CPI_MENTION_SEGMENT_SHIFT ? (size_t)1 << k : CPI_MENTION_SEGMENT_MAX;
    *left = l->head_count + cpi_mention_segments_room(k + 1) - l->count;
    return l->segments[k] + (size - *left); /* (the room is at its end) */
}

/* (inline: a document's few mentions of an entity the corpus has, all in
 * the head of its list, mostly fit in the room left after the corpus's
 * own, its list journaled already in this load: one copy) */
static inline bool cpi_mention_list_append(cpi_model *m, cpi_mention_list *dst,
                                           const cpi_mention_list *src) {
    size_t n = src->count, left;
    if (n == 0)
        return true;
    if ((m->scratch || (m->epoch && dst->epoch == m->epoch)) && n <= src->head_count) {
        cp_mention *to = cpi_mention_room_left(dst, &left);
        if (to && left >= n) {
            for (size_t i = 0; i < n; i++)
                to[i] = src->head[i];
            dst->count += n;
            return true;
        }
    }
    return cpi_mention_list_append_slow(m, dst, src);
}
/* Copy a document model's list into dst's arena, unjournaled: the corpus
 * takes the (new) entity that holds it. False when out of memory (the list
 * is then untouched). */
bool cpi_mention_list_take(cpi_model *dst, cpi_mention_list *l);
/* The i-th mention; NULL when i is out of range. */
const cp_mention *cpi_mention_list_at(const cpi_mention_list *l, size_t i);
/* Copy all the mentions, in order, to `out` (room for l->count). */
void cpi_mention_list_copy(const cpi_mention_list *l, cp_mention *out);

void *cpi_registry_find(const cpi_registry *r, const char *id);
/* The same with the id's hash (cpi_hash_str) already known: an extractor
 * that may add the entity next hashes its id once. */
static inline void *cpi_registry_find_hashed(const cpi_registry *r, const char *id,
                                             size_t hash) {
    /* (inline: folding looks up every entity of every document) */
    if (!r->index_cap) { /* a few entities of a document's own model: a scan */
        for (size_t i = 0; i < r->all.count; i++) {
            void *e = ((void **)r->all.items)[i];
            size_t e_hash;
            memcpy(&e_hash, (const char *)e + r->hash_at, sizeof e_hash);
            if (e_hash == hash && strcmp(r->id_of(e), id) == 0)
                return e;
        }
        return NULL;
    }
    size_t h = hash & (r->index_cap - 1);
    while (r->index[h]) {
        void *e = ((void **)r->all.items)[r->index[h] - 1];
        size_t e_hash; /* (the ids of other hashes are not compared) */
        memcpy(&e_hash, (const char *)e + r->hash_at, sizeof e_hash);
        if (e_hash == hash && strcmp(r->id_of(e), id) == 0)
            return e;
        h = (h + 1) & (r->index_cap - 1);
    }
    return NULL;
}
/* Take an entity out of a registry of a document's own model (with scratch):
 * extraction found it to be another entity under a shorter name. */
void cpi_registry_remove(cpi_registry *r, void *entity);

/* Register a new entity (allocated by the caller in the arena). */
bool cpi_registry_add(cpi_model *m, cpi_registry *r, void *entity);
/* The same with the hash of its id known (cpi_hash_str). */
bool cpi_registry_add_slow(cpi_model *m, cpi_registry *r, void *entity, size_t hash);
/* (inline: a document's own model lists a few of each kind, up to this
 * many without an index, which a find scans by the hashes they keep) */
enum { CPI_REGISTRY_SCAN_MAX = 8 };
static inline bool cpi_registry_add_hashed(cpi_model *m, cpi_registry *r, void *entity,
                                           size_t hash) {
    if (!r->index_cap && m->scratch && r->all.count < r->all.cap &&
        r->all.count < CPI_REGISTRY_SCAN_MAX) {
        ((void **)r->all.items)[r->all.count++] = entity;
        memcpy((char *)entity + r->hash_at, &hash, sizeof hash);
        return true;
    }
    return cpi_registry_add_slow(m, r, entity, hash);
}

cp_administration *cpi_model_admin(cpi_model *m, const char *id);
/* The administration of presidency p (an index in cpi_presidencies), set up
 * at its first use in a document's own model. Every pointer into
 * m->admins is to come from here. */
void cpi_model_admin_setup(cpi_model *m, size_t p);
static inline cp_administration *cpi_model_admin_at(cpi_model *m, size_t p) {
    if (m->admins_lazy && !((m->admins_ready >> p) & 1))
        cpi_model_admin_setup(m, p);
    return &m->admins[p];
}

/* Are a program and a site linked? */
static inline bool cpi_model_linked(const cp_program *p, const cp_site *s) {
    /* search the shorter list: a site takes part in few programs, and a
     * program has few sites, except in texts of thousands of either */
    if (s->programs.count <= p->sites.count) {
        for (size_t i = 0; i < s->programs.count; i++)
            if (((cp_program *const *)s->programs.items)[i] == p)
                return true;
    } else {
        for (size_t i = 0; i < p->sites.count; i++)
            if (((cp_site *const *)p->sites.items)[i] == s)
                return true;
    }
    return false;
}
/* Link a program and a site not linked yet, both ways. */
bool cpi_model_link_new(cpi_model *m, cp_program *p, cp_site *s);
/* Link a program and a site both ways (once). (inline: folding links the
 * sites of every document's programs, mostly linked already) */
static inline bool cpi_model_link(cpi_model *m, cp_program *p, cp_site *s) {
    return cpi_model_linked(p, s) || cpi_model_link_new(m, p, s);
}

/* Fold the model of one or more documents (`src`, built by extraction or
 * read from JSON; its memory must outlive `dst`) into the corpus model:
 * entities merge by id, fields from the document with the smallest id, lists
 * as unions. Rewrites the per-document lists of `docs` to dst's entities.
 * False when out of memory (roll dst back). */
bool cpi_model_fold(cpi_model *dst, cpi_model *src, cp_document **docs, size_t doc_count);

#endif
