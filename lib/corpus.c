/* The corpus: documents loaded transactionally into one arena, an index by
 * id, the problems of keep-going loads, and the public accessors of the
 * document model. */
#include <stdio.h>
#include <string.h>

#include "corpus.h"
#include "extract.h"
#include "fs.h"
#include "hash.h"
#include "load.h"
#include "model.h"
#include "text.h"
#include "workers.h"

enum { DEFAULT_MAX_DOCUMENT = 256u * 1024u * 1024u };

struct cp_corpus {
    cpi_mem mem;
    cpi_arena arena;
    cpi_cleaner cleaner;
    /* per worker of directory loads, the first also for documents loaded one
     * at a time; kept from load to load (heap, made on first use) */
    cpi_extract_cache *caches;
    unsigned cache_count;
    cpi_knowledge knowledge;
    cpi_model model;
    int batch; /* > 0 while a directory load groups several documents */
    bool no_extraction;
    bool drop_blocks; /* cp_corpus_set_keep_blocks(false) */
    unsigned jobs; /* threads for directory loads */
    cp_document **docs;
    size_t doc_count, doc_cap;
    /* figures in docs[0..i), for i up to doc_count (heap): the corpus's
     * figures in load order without a list of them (cp_corpus_figure_at) */
    uint32_t *figures_before; /* a corpus of 2^32 figures would need ~300 GB */
    size_t figures_before_cap;
    uint32_t *index; /* open addressing: document position + 1, 0 = empty */
    size_t index_cap;
    cp_error *problems;
    size_t problem_count, problem_cap;
    size_t max_document;
};

/* ---- life cycle ------------------------------------------------------------ */

cp_status cp_corpus_new(cp_corpus **out, const cp_allocator *allocator) {
    if (!out)
        return CP_ERR_INVALID_ARGUMENT;
    *out = NULL;
    cpi_mem mem;
    if (!cpi_mem_init(&mem, allocator))
        return CP_ERR_INVALID_ARGUMENT;
    cp_corpus *c = cpi_mem_alloc(&mem, sizeof *c);
    if (!c)
        return CP_ERR_NOMEM;
    memset(c, 0, sizeof *c);
    c->mem = mem;
    cpi_arena_init(&c->arena, &c->mem);
    cpi_cleaner_init(&c->cleaner, &c->mem);
    c->max_document = DEFAULT_MAX_DOCUMENT;
    c->jobs = 1;
    if (!cpi_knowledge_init(&c->knowledge, &c->mem)) {
        cpi_mem_free(&mem, c);
        return CP_ERR_NOMEM;
    }
    if (!cpi_model_init(&c->model, &c->mem, &c->arena)) {
        cpi_model_release(&c->model);
        cpi_knowledge_release(&c->knowledge, &c->mem);
        cpi_mem_free(&mem, c);
        return CP_ERR_NOMEM;
    }
    *out = c;
    return CP_OK;
}

void cp_corpus_free(cp_corpus *c) {
    if (!c)
        return;
    cpi_mem mem = c->mem;
    cpi_arena_release(&c->arena);
    cpi_cleaner_release(&c->cleaner);
    for (unsigned w = 0; w < c->cache_count; w++)
        cpi_extract_cache_release(&c->caches[w]);
    cpi_mem_free(&mem, c->caches);
    cpi_model_release(&c->model);
    cpi_knowledge_release(&c->knowledge, &c->mem);
    cpi_mem_free(&mem, c->docs);
    cpi_mem_free(&mem, c->figures_before);
    cpi_mem_free(&mem, c->index);
    cpi_mem_free(&mem, c->problems);
    cpi_mem_free(&mem, c);
}

const cpi_mem *cpi_corpus_mem(const cp_corpus *c) { return &c->mem; }
const cpi_model *cpi_corpus_model(const cp_corpus *c) { return &c->model; }

void cp_corpus_set_extraction(cp_corpus *c, bool enabled) {
    if (c)
        c->no_extraction = !enabled;
}

void cp_corpus_set_keep_blocks(cp_corpus *c, bool keep) {
    if (c)
        c->drop_blocks = !keep;
}

size_t cp_corpus_max_document_size(const cp_corpus *c) { return c ? c->max_document : 0; }

cp_status cp_corpus_set_max_document_size(cp_corpus *c, size_t bytes) {
    if (!c || bytes == 0 || bytes > CPI_HARD_MAX_DOCUMENT)
        return CP_ERR_INVALID_ARGUMENT;
    c->max_document = bytes;
    return CP_OK;
}

/* The extraction caches of `jobs` workers, made as first needed: NULL when
 * out of memory. */
static cpi_extract_cache *worker_caches(cp_corpus *c, unsigned jobs) {
    if (c->cache_count < jobs) {
        cpi_extract_cache *grown = cpi_mem_realloc(&c->mem, c->caches, jobs * sizeof *grown);
        if (!grown)
            return NULL;
        for (unsigned w = c->cache_count; w < jobs; w++)
            cpi_extract_cache_init(&grown[w], &c->mem);
        c->caches = grown;
        c->cache_count = jobs;
    }
    return c->caches;
}

/* ---- the id index ---------------------------------------------------------- */

/* The position of the document of this id (hash: cpi_hash_str(id)), or
 * SIZE_MAX. */
static size_t index_find_hashed(const cp_corpus *c, const char *id, size_t hash) {
    if (!c->index_cap)
        return SIZE_MAX;
    size_t h = hash & (c->index_cap - 1);
    while (c->index[h]) {
        size_t pos = c->index[h] - 1;
        if (strcmp(c->docs[pos]->id, id) == 0)
            return pos;
        h = (h + 1) & (c->index_cap - 1);
    }
    return SIZE_MAX;
}

static size_t index_find(const cp_corpus *c, const char *id) {
    return c->index_cap ? index_find_hashed(c, id, cpi_hash_str(id)) : SIZE_MAX;
}

static void index_put_hashed(uint32_t *index, size_t cap, size_t hash, size_t pos) {
    size_t h = hash & (cap - 1);
    while (index[h])
        h = (h + 1) & (cap - 1);
    index[h] = (uint32_t)(pos + 1);
}

static void index_put(uint32_t *index, size_t cap, const char *id, size_t pos) {
    index_put_hashed(index, cap, cpi_hash_str(id), pos);
}

/* Rebuild the index for the first `count` documents into a table of `cap`. */
static bool index_rebuild(cp_corpus *c, size_t cap) {
    uint32_t *index = cpi_mem_alloc(&c->mem, cap * sizeof *index);
    if (!index)
        return false;
    memset(index, 0, cap * sizeof *index);
    for (size_t i = 0; i < c->doc_count; i++)
        index_put(index, cap, c->docs[i]->id, i);
    cpi_mem_free(&c->mem, c->index);
    c->index = index;
    c->index_cap = cap;
    return true;
}

/* Re-index the current documents in place: rolling back needs no memory. */
static void index_refill(cp_corpus *c) {
    if (!c->index_cap)
        return;
    memset(c->index, 0, c->index_cap * sizeof *c->index);
    for (size_t i = 0; i < c->doc_count; i++)
        index_put(c->index, c->index_cap, c->docs[i]->id, i);
}

/* Make room for one more document, so that committing it cannot fail. */
static bool reserve_document(cp_corpus *c, const cp_document *doc) {
    if (c->doc_count >= UINT32_MAX - 1 ||
        (c->doc_count && c->figures_before[c->doc_count] > UINT32_MAX - cpi_doc_figure_count(doc)))
        return false; /* positions and figure counts are kept in 32 bits */
    if (!cpi_mem_reserve(&c->mem, (void **)&c->docs, &c->doc_cap, c->doc_count + 1,
                         sizeof(cp_document *)) ||
        !cpi_mem_reserve(&c->mem, (void **)&c->figures_before, &c->figures_before_cap,
                         c->doc_count + 2, sizeof *c->figures_before))
        return false;
    c->figures_before[0] = 0;
    if ((c->doc_count + 1) * 2 > c->index_cap) {
        size_t cap = c->index_cap ? c->index_cap * 2 : 64;
        if (!index_rebuild(c, cap))
            return false;
    }
    return true;
}

/* Room for `more` documents at once, before a load of that many: the id
 * index then grows once, not at every doubling (each of which hashes every
 * id again). Only a hint: reserve_document still checks each document, so
 * running out of memory here is no failure. */
static void reserve_documents(cp_corpus *c, size_t more) {
    if (more > UINT32_MAX - 2 - c->doc_count)
        return;
    size_t count = c->doc_count + more;
    size_t cap = c->index_cap ? c->index_cap : 64;
    while (count * 2 > cap)
        cap *= 2;
    if (cap > c->index_cap)
        (void)index_rebuild(c, cap);
    (void)cpi_mem_reserve(&c->mem, (void **)&c->docs, &c->doc_cap, count,
                          sizeof(cp_document *));
    (void)cpi_mem_reserve(&c->mem, (void **)&c->figures_before, &c->figures_before_cap,
                          count + 1, sizeof *c->figures_before);
}

/* Add a loaded document (room reserved by reserve_document); id_hash:
 * cpi_hash_str(doc->id). */
static void append_document_hashed(cp_corpus *c, cp_document *doc, size_t id_hash) {
    c->docs[c->doc_count] = doc;
    index_put_hashed(c->index, c->index_cap, id_hash, c->doc_count);
    c->figures_before[c->doc_count + 1] =
        c->figures_before[c->doc_count] + (uint32_t)cpi_doc_figure_count(doc);
    c->doc_count++;
}

static void append_document(cp_corpus *c, cp_document *doc) {
    append_document_hashed(c, doc, cpi_hash_str(doc->id));
}

size_t cp_corpus_figure_count(const cp_corpus *c) {
    return c && c->doc_count ? c->figures_before[c->doc_count] : 0;
}

const cp_figure *cp_corpus_figure_at(const cp_corpus *c, size_t i) {
    if (i >= cp_corpus_figure_count(c))
        return NULL;
    /* the last document with fewer figures before it than i + 1 */
    size_t lo = 0, hi = c->doc_count;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->figures_before[mid] <= i)
            lo = mid;
        else
            hi = mid;
    }
    const cp_document *d = c->docs[lo];
    return &d->found->figures[i - c->figures_before[lo]];
}

/* ---- loading ---------------------------------------------------------------- */

/* The id of a path: its last component without a final ".txt". */
static bool id_of(const char *name, const char **start, size_t *len) {
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    size_t n = strlen(base);
    if (n > 4 && strcmp(base + n - 4, ".txt") == 0)
        n -= 4;
    *start = base;
    *len = n;
    return n > 0;
}

typedef enum source { FROM_BUFFER, FROM_FILE } source;

/* Why a document failed, kept until it is reported: allocated only then,
 * so that a unit on its way is small. */
typedef struct unit_failure {
    cp_error error;
    char id[256]; /* the document's id, for the duplicate check */
} unit_failure;

/* One document on its way in: the memory it lives in, the model of its own
 * that extraction made, and the outcome.
 *
 * Where the memory is decides what happens to it: the corpus arena itself
 * (one thread: nothing to move, nothing wasted), a worker's arena (threads:
 * adopted by the corpus when the batch ends), or an arena of its own (a
 * stream: freed once shown). A failed document is rolled back in place. */
typedef struct unit {
    cpi_arena own;
    cpi_arena scratch; /* the document's own model: entities and lists; cleared
                          after each document, kept for the next in this slot */
    cpi_arena *arena; /* &own, the corpus's, or a worker's */
    cpi_arena_mark mark; /* where this document starts in *arena */
    cpi_model model;
    bool has_model;
    const char *id; /* in the arena, once known (the failure's copy after one) */
    const char *name; /* the name it was given (it outlives the unit) */
    cp_document *doc;
    cp_status status;
    unit_failure *failure; /* with a status other than CP_OK (NULL: no memory for it) */
} unit;

/* What a thread that prepares documents keeps for itself: the memory one
 * document needs while it is loaded and extracted, reused for the next. */
typedef struct thread_tools {
    cp_error *error; /* where a failure is written first */
    cpi_cleaner *cleaner;
    cpi_extract_cache *cache;
    cpi_arena *transient; /* emptied as each document starts */
} thread_tools;

static cp_status prepare(const cp_corpus *c, unit *u, const thread_tools *tools,
                         const char *name, source from, const char *data, size_t size) {
    cp_error *err = tools->error;
    const char *idp;
    size_t idn;
    if (!id_of(name, &idp, &idn))
        return cpi_error_set(err, CP_ERR_INVALID_ARGUMENT, name, 0, 0, 0,
                             "cannot make a document id from this name");
    if (from == FROM_BUFFER && size > c->max_document)
        return cpi_error_set(err, CP_ERR_TOO_LARGE, name, 0, 0, 0,
                             "document of %zu bytes exceeds the limit of %zu bytes", size,
                             c->max_document);
    u->id = cpi_arena_strndup(u->arena, idp, idn);
    char *path = cpi_arena_strndup(u->arena, name, strlen(name));
    if (!u->id || !path)
        return cpi_error_set(err, CP_ERR_NOMEM, name, 0, 0, 0, "out of memory");
    char *bytes = NULL;
    if (from == FROM_FILE) {
        cp_status st = cpi_read_file(u->arena, name, c->max_document, &bytes, &size, err);
        if (st != CP_OK)
            return st;
    } else {
        bytes = cpi_arena_strndup(u->arena, data, size);
        if (!bytes)
            return cpi_error_set(err, CP_ERR_NOMEM, name, 0, 0, 0, "out of memory");
    }
    /* Blocks that are not kept are needed only until the document is
     * extracted: they go in the thread's transient arena, which its next
     * document reuses (nothing of a model points into them). */
    bool drop_blocks = c->drop_blocks && !c->no_extraction;
    cpi_arena_reuse(tools->transient);
    cp_status st = cpi_load_document(u->arena, drop_blocks ? tools->transient : u->arena,
                                     tools->cleaner, path, u->id, bytes, size, &u->doc, err);
    if (st != CP_OK || c->no_extraction)
        return st;
    /* the map step of extraction: this document into a model of its own */
    u->has_model = true;
    /* a document's own model: nothing to undo, everything in its scratch */
    if (!cpi_model_init_local(&u->model, &c->mem, u->arena, &u->scratch))
        return cpi_error_set(err, CP_ERR_NOMEM, name, 0, 0, 0, "out of memory");
    st = cpi_extract_document(&u->model, &c->knowledge, tools->cache, tools->transient, u->doc);
    if (st == CP_ERR_LIMIT)
        return cpi_error_set(err, st, name, 0, 0, 0,
                             "more than %d mentions and figures in one document",
                             CP_MAX_MENTIONS);
    if (st != CP_OK)
        return cpi_error_set(err, CP_ERR_NOMEM, name, 0, 0, 0, "out of memory");
    if (drop_blocks) {
        cp_document *doc = u->doc;
        if (doc->title) { /* a block's text: the one thing kept from them */
            doc->title = cpi_arena_strndup(u->arena, doc->title, strlen(doc->title));
            if (!doc->title)
                return cpi_error_set(err, CP_ERR_NOMEM, name, 0, 0, 0, "out of memory");
        }
        doc->blocks = NULL;
        doc->block_count = 0;
    }
    return CP_OK;
}

/* Read, load and extract one document into `u`, in `arena` (NULL: an arena
 * of its own). Touches nothing of the corpus but its settings and read-only
 * knowledge, so it runs on any thread with an arena and tools of that
 * thread. */
static void unit_prepare(const cp_corpus *c, unit *u, cpi_arena *arena,
                         const thread_tools *tools, const char *name, source from,
                         const char *data, size_t size) {
    if (!arena) {
        cpi_arena_init_small(&u->own, &c->mem);
        arena = &u->own;
    }
    u->arena = arena;
    u->mark = cpi_arena_mark_get(arena);
    if (!u->scratch.mem)
        cpi_arena_init_small(&u->scratch, &c->mem);
    u->has_model = false;
    u->id = NULL;
    u->name = name;
    u->doc = NULL;
    u->failure = NULL;
    cp_error_clear(tools->error);
    u->status = prepare(c, u, tools, name, from, data, size);
    if (u->status != CP_OK) {
        /* keep the error, and the id for the duplicate check: copy them
         * out of the memory rolled back */
        u->failure = cpi_mem_alloc(&c->mem, sizeof *u->failure);
        if (u->failure) {
            cpi_error_copy(&u->failure->error, tools->error);
            if (u->id)
                snprintf(u->failure->id, sizeof u->failure->id, "%s", u->id);
        }
        u->id = u->failure && u->id && strlen(u->id) < sizeof u->failure->id ? u->failure->id
                                                                             : NULL;
        if (u->has_model)
            cpi_model_release(&u->model);
        u->has_model = false;
        cpi_arena_rollback(arena, u->mark);
    }
}

/* Free what the unit holds apart from the corpus: its model and scratch,
 * its failure, and its arena when it has one of its own (not yet adopted). */
static void unit_release(const cp_corpus *c, unit *u) {
    if (u->has_model)
        cpi_model_release(&u->model);
    u->has_model = false;
    cpi_arena_clear(&u->scratch); /* after the model that lived in it */
    if (u->arena == &u->own)
        cpi_arena_release(&u->own);
    cpi_mem_free(&c->mem, u->failure);
    u->failure = NULL;
}

/* Why a unit failed, into err; returns the status to report. */
static cp_status unit_error(const unit *u, cp_error *err) {
    if (!u->failure) /* (there was no memory to keep it) */
        return cpi_error_set(err, CP_ERR_NOMEM, u->name, 0, 0, 0, "out of memory");
    cpi_error_copy(err, &u->failure->error);
    return u->status;
}

/* A document the corpus will not take: roll its memory back where that is
 * safe (its own arena, or the corpus's, where nothing came after it). In a
 * worker's arena it stays until the batch ends. */
static void unit_drop(cp_corpus *c, unit *u) {
    if (u->has_model) /* first: releasing reads its entities, in that memory */
        cpi_model_release(&u->model);
    u->has_model = false;
    if (u->arena == &c->arena)
        cpi_arena_rollback(&c->arena, u->mark);
    unit_release(c, u);
}

/* The reduce step, on the caller's thread: take a prepared document into the
 * corpus (its memory adopted, its model folded in) or report why not. On
 * failure the corpus is as it was (inside a batch: once the batch has
 * ended, which then rolls back). Releases the unit either way. */
static cp_status unit_commit(cp_corpus *c, unit *u, cp_error *err) {
    cp_status st = u->status;
    /* (the id hashed once, for the duplicate check and the index) */
    size_t id_hash = u->id ? cpi_hash_str(u->id) : 0;
    if (u->id && index_find_hashed(c, u->id, id_hash) != SIZE_MAX) {
        st = cpi_error_set(err, CP_ERR_DUPLICATE_ID, u->doc ? u->doc->path : u->name,
                           0, 0, 0, "a document with id '%s' is loaded already (from %s)",
                           u->id, c->docs[index_find(c, u->id)]->path);
        unit_drop(c, u);
        return st;
    }
    if (st != CP_OK) {
        st = unit_error(u, err);
        unit_drop(c, u);
        return st;
    }
    cp_document *doc = u->doc;
    if (!reserve_document(c, doc)) {
        st = cpi_error_set(err, CP_ERR_NOMEM, doc->path, 0, 0, 0, "out of memory");
        unit_drop(c, u);
        return st;
    }
    /* Inside a batch, the only failure here (out of memory) rolls the whole
     * batch back (cpi_corpus_end), so a document takes no mark of its own:
     * a list is then journaled once per batch, not once per document. */
    bool batched = c->batch > 0;
    cpi_arena_mark mark = cpi_arena_mark_get(&c->arena);
    size_t model_mark = batched ? 0 : cpi_model_mark(&c->model);
    if (u->arena == &u->own)
        cpi_arena_adopt(&c->arena, &u->own);
    if ((u->has_model && !cpi_model_fold(&c->model, &u->model, &doc, 1)) ||
        (!batched && !cpi_model_commit(&c->model))) {
        /* the path lives in memory that may be freed: report first */
        st = cpi_error_set(err, CP_ERR_NOMEM, doc->path, 0, 0, 0, "out of memory");
        if (u->has_model) /* before its entities' memory can go */
            cpi_model_release(&u->model);
        u->has_model = false;
        if (batched) {
            /* the journal may hold bytes saved in this document's memory:
             * the batch's rollback frees it, after restoring them */
            unit_release(c, u);
            return st;
        }
        cpi_model_rollback(&c->model, model_mark);
        cpi_arena_rollback(&c->arena, mark);
        unit_drop(c, u);
        return st;
    }
    if (u->has_model)
        cpi_model_release(&u->model);
    u->has_model = false;
    cpi_arena_clear(&u->scratch);
    append_document_hashed(c, doc, u->id == doc->id ? id_hash : cpi_hash_str(doc->id));
    return CP_OK;
}

size_t cpi_corpus_max_document(const cp_corpus *c) { return c->max_document; }

cp_status cpi_corpus_take(cp_corpus *c, cpi_arena *arena, cpi_model *src, cp_document **docs,
                          size_t count, const char *name, cp_error *err) {
    for (size_t i = 0; i < count; i++) {
        size_t pos = index_find(c, docs[i]->id);
        if (pos != SIZE_MAX)
            return cpi_error_set(err, CP_ERR_DUPLICATE_ID, name, 0, 0, 0,
                                 "a document with id '%s' is loaded already (from %s)",
                                 docs[i]->id, c->docs[pos]->path);
    }
    cpi_arena_mark mark = cpi_arena_mark_get(&c->arena);
    size_t model_mark = cpi_model_mark(&c->model);
    size_t docs_before = c->doc_count;
    cpi_arena_adopt(&c->arena, arena);
    bool ok = cpi_model_fold(&c->model, src, docs, count);
    for (size_t i = 0; ok && i < count; i++) {
        ok = reserve_document(c, docs[i]);
        if (ok)
            append_document(c, docs[i]);
    }
    if (ok && c->batch == 0)
        ok = cpi_model_commit(&c->model);
    if (!ok) {
        cpi_model_release(src); /* while its entities are still in memory */
        cpi_model_rollback(&c->model, model_mark);
        cpi_arena_rollback(&c->arena, mark);
        c->doc_count = docs_before;
        index_refill(c);
        return cpi_error_set(err, CP_ERR_NOMEM, name, 0, 0, 0, "out of memory");
    }
    return CP_OK;
}

static cp_status load_one(cp_corpus *c, const char *name, source from, const char *data,
                          size_t size, cp_error *err) {
    cpi_extract_cache *cache = worker_caches(c, 1);
    if (!cache)
        return cpi_error_set(err, CP_ERR_NOMEM, name, 0, 0, 0, "out of memory");
    unit u;
    memset(&u, 0, sizeof u);
    cpi_arena transient;
    cpi_arena_init_small(&transient, &c->mem);
    cp_error failure;
    thread_tools tools = {&failure, &c->cleaner, cache, &transient};
    unit_prepare(c, &u, &c->arena, &tools, name, from, data, size);
    cpi_arena_release(&transient);
    cp_status st = unit_commit(c, &u, err);
    cpi_arena_release(&u.scratch);
    return st;
}

cp_status cp_corpus_load_buffer(cp_corpus *c, const char *name, const char *bytes,
                                size_t size, cp_error *err) {
    if (!c || !name || (!bytes && size))
        return cpi_error_set(err, CP_ERR_INVALID_ARGUMENT, name, 0, 0, 0,
                             "a NULL corpus, name or buffer");
    return load_one(c, name, FROM_BUFFER, bytes ? bytes : "", size, err);
}

cp_status cp_corpus_load_file(cp_corpus *c, const char *path, cp_error *err) {
    if (!c || !path)
        return cpi_error_set(err, CP_ERR_INVALID_ARGUMENT, path, 0, 0, 0,
                             "a NULL corpus or path");
    return load_one(c, path, FROM_FILE, NULL, 0, err);
}

static cp_status record_problem(cp_corpus *c, const cp_error *e) {
    if (!cpi_mem_reserve(&c->mem, (void **)&c->problems, &c->problem_cap,
                         c->problem_count + 1, sizeof(cp_error)))
        return CP_ERR_NOMEM;
    c->problems[c->problem_count++] = *e;
    return CP_OK;
}

/* ---- many documents: in order, on one thread or several ---------------------- */

/* What a run over a list of paths shares between its threads and its
 * consumer. Units are per slot, cleaners, caches and transient arenas per
 * worker. */
typedef struct many {
    cp_corpus *c;
    const cpi_path_list *list;
    unit *units;
    bool *unit_ready; /* per slot: its unit was set up (slots are taken lowest first) */
    cp_error *errors; /* per worker, as the cleaners, caches and transient arenas */
    cpi_cleaner *cleaners;
    cpi_extract_cache *caches;
    cpi_arena *transients;
    cpi_arena *arenas; /* per worker; NULL: the corpus's (one thread) or own (streams) */
    bool keep_going;
    cp_status first;   /* the first failure kept going past */
    cp_status fatal;   /* the failure that stopped the run */
    cp_error *err;
    cp_error local;
    cp_stream_fn fn;   /* streaming: called per document, nothing kept */
    void *user;
} many;

static void many_work(void *ctx, size_t slot, size_t item, unsigned worker) {
    many *m = ctx;
    cpi_arena *arena = m->fn ? NULL : m->arenas ? &m->arenas[worker] : &m->c->arena;
    if (!m->unit_ready[slot]) { /* (this thread holds the slot) */
        memset(&m->units[slot], 0, sizeof(unit));
        m->unit_ready[slot] = true;
    }
    thread_tools tools = {&m->errors[worker], &m->cleaners[worker], &m->caches[worker],
                          &m->transients[worker]};
    unit_prepare(m->c, &m->units[slot], arena, &tools, m->list->paths[item], FROM_FILE, NULL, 0);
}

static void many_discard(void *ctx, size_t slot, size_t item) {
    (void)item;
    many *m = ctx;
    unit_drop(m->c, &m->units[slot]);
}

/* A failed document: keep going (recorded), or stop the run. */
static bool many_failed(many *m, cp_status st) {
    if (!m->keep_going || st == CP_ERR_NOMEM || record_problem(m->c, &m->local) != CP_OK) {
        m->fatal = st == CP_OK ? CP_ERR_NOMEM : st;
        cpi_error_copy(m->err, &m->local);
        return false;
    }
    if (m->first == CP_OK) {
        m->first = st;
        cpi_error_copy(m->err, &m->local);
    }
    return true;
}

static bool many_consume(void *ctx, size_t slot, size_t item) {
    (void)item;
    many *m = ctx;
    cp_status st = unit_commit(m->c, &m->units[slot], &m->local);
    return st == CP_OK || many_failed(m, st);
}

/* Streaming: the document as a corpus of its own, shown and forgotten. */
static bool many_stream(void *ctx, size_t slot, size_t item) {
    (void)item;
    many *m = ctx;
    unit *u = &m->units[slot];
    if (u->status != CP_OK) {
        cp_status st = unit_error(u, &m->local);
        unit_release(m->c, u);
        return many_failed(m, st);
    }
    cp_corpus one;
    memset(&one, 0, sizeof one);
    one.mem = m->c->mem;
    one.max_document = m->c->max_document;
    uint32_t index[2] = {0, 0};
    cp_document *docs[1] = {u->doc};
    one.docs = docs;
    one.doc_count = one.doc_cap = 1;
    one.index = index;
    one.index_cap = 2;
    index_put(index, 2, u->doc->id, 0);
    if (u->has_model && !cpi_model_commit(&u->model)) {
        unit_release(m->c, u);
        cpi_error_set(&m->local, CP_ERR_NOMEM, m->list->paths[item], 0, 0, 0, "out of memory");
        return many_failed(m, CP_ERR_NOMEM);
    }
    if (u->has_model)
        one.model = u->model;
    else if (!cpi_model_init(&one.model, &one.mem, u->arena)) {
        cpi_model_release(&one.model);
        unit_release(m->c, u);
        cpi_error_set(&m->local, CP_ERR_NOMEM, m->list->paths[item], 0, 0, 0, "out of memory");
        return many_failed(m, CP_ERR_NOMEM);
    }
    bool go_on = m->fn(&one, u->doc, m->user);
    if (!u->has_model)
        cpi_model_release(&one.model);
    unit_release(m->c, u);
    return go_on;
}

/* Run over the documents of `path`, folding each into the corpus (fn NULL)
 * or showing each to fn. */
static cp_status run_many(cp_corpus *c, const char *path, const cpi_path_list *list,
                          bool keep_going, cp_stream_fn fn, void *user, cp_error *err) {
    unsigned jobs = c->jobs ? c->jobs : 1;
    if (jobs > list->count)
        jobs = (unsigned)list->count;
    /* A load lets workers run far ahead: while one thread reads a large
     * document the others go on with the small ones after it, whose models
     * wait to be folded in order (128 documents ahead left a thread idle a
     * fifth of the time in a corpus with one 360 KB document in 200). The
     * slots in use are only as many as the documents on their way. A
     * stream keeps few documents. */
    size_t window = jobs == 1 ? 1 : fn ? (size_t)jobs * 4 : 1024;
    if (window > 1024)
        window = 1024;
    many m;
    memset(&m, 0, sizeof m);
    m.c = c;
    m.list = list;
    m.keep_going = keep_going;
    m.err = err;
    m.fn = fn;
    m.user = user;
    cp_error_clear(&m.local);
    m.units = cpi_mem_alloc(&c->mem, window * sizeof(unit));
    m.unit_ready = cpi_mem_alloc(&c->mem, window * sizeof(bool));
    m.errors = cpi_mem_alloc(&c->mem, jobs * sizeof(cp_error));
    m.cleaners = cpi_mem_alloc(&c->mem, jobs * sizeof(cpi_cleaner));
    m.transients = cpi_mem_alloc(&c->mem, jobs * sizeof(cpi_arena));
    m.caches = worker_caches(c, jobs);
    if (!fn && jobs > 1)
        m.arenas = cpi_mem_alloc(&c->mem, jobs * sizeof(cpi_arena));
    if (!m.units || !m.unit_ready || !m.errors || !m.cleaners || !m.transients || !m.caches ||
        (!fn && jobs > 1 && !m.arenas)) {
        cpi_mem_free(&c->mem, m.units);
        cpi_mem_free(&c->mem, m.unit_ready);
        cpi_mem_free(&c->mem, m.errors);
        cpi_mem_free(&c->mem, m.cleaners);
        cpi_mem_free(&c->mem, m.transients);
        cpi_mem_free(&c->mem, m.arenas);
        return cpi_error_set(err, CP_ERR_NOMEM, path, 0, 0, 0, "out of memory");
    }
    for (unsigned w = 0; w < jobs; w++) {
        cpi_cleaner_init(&m.cleaners[w], &c->mem);
        cpi_arena_init_small(&m.transients[w], &c->mem);
        if (m.arenas) {
            cpi_arena_init(&m.arenas[w], &c->mem);
            cpi_arena_share_load(&m.arenas[w], jobs + 1);
        }
    }
    if (m.arenas) /* (it takes the folded model meanwhile) */
        cpi_arena_share_load(&c->arena, jobs + 1);
    /* (a unit is set up when its slot is first taken: of a large window,
     * only as many as the documents ever on their way at once) */
    memset(m.unit_ready, 0, window * sizeof(bool));
    if (!fn)
        reserve_documents(c, list->count);
    cpi_ordered_run run = {list->count, jobs, window, &m, many_work,
                           fn ? many_stream : many_consume, many_discard};
    cpi_run_ordered(&run);
    for (size_t i = 0; i < window; i++)
        if (m.unit_ready[i])
            cpi_arena_release(&m.units[i].scratch);
    for (unsigned w = 0; w < jobs; w++) {
        cpi_cleaner_release(&m.cleaners[w]);
        cpi_arena_release(&m.transients[w]);
        /* the workers' documents become the corpus's (a failed batch then
         * rolls them back with the rest) */
        if (m.arenas)
            cpi_arena_adopt(&c->arena, &m.arenas[w]);
    }
    cpi_mem_free(&c->mem, m.units);
    cpi_mem_free(&c->mem, m.unit_ready);
    cpi_mem_free(&c->mem, m.errors);
    cpi_mem_free(&c->mem, m.cleaners);
    cpi_mem_free(&c->mem, m.transients);
    cpi_mem_free(&c->mem, m.arenas);
    return m.fatal != CP_OK ? m.fatal : m.first;
}

static cp_status list_path(cp_corpus *c, const char *path, bool dir, cpi_path_list *list,
                           cp_error *err) {
    memset(list, 0, sizeof *list);
    list->mem = &c->mem;
    if (!dir) {
        if (cpi_path_list_one(&c->mem, path, list) != CP_OK)
            return cpi_error_set(err, CP_ERR_NOMEM, path, 0, 0, 0, "out of memory");
        return CP_OK;
    }
    cp_status st = cpi_list_documents(&c->mem, path, list, err);
    if (st != CP_OK)
        return st;
    if (list->count == 0) {
        cpi_path_list_free(list);
        return cpi_error_set(err, CP_ERR_NO_DOCUMENTS, path, 0, 0, 0,
                             "no *.txt documents in this directory");
    }
    return CP_OK;
}

cpi_corpus_txn cpi_corpus_begin(cp_corpus *c) {
    cpi_corpus_txn t = {cpi_arena_mark_get(&c->arena), cpi_model_mark(&c->model), c->doc_count,
                        c->problem_count};
    c->batch++;
    return t;
}

cp_status cpi_corpus_end(cp_corpus *c, const cpi_corpus_txn *t, cp_status st, bool keep,
                         const char *name, cp_error *err) {
    c->batch--;
    bool failed = st == CP_ERR_NOMEM || (st != CP_OK && !keep);
    if (!failed && c->batch == 0 && !cpi_model_commit(&c->model)) {
        failed = true;
        st = cpi_error_set(err, CP_ERR_NOMEM, name, 0, 0, 0, "out of memory");
    }
    if (failed) {
        /* all or nothing: forget this call's documents */
        cpi_model_rollback(&c->model, t->model_mark);
        cpi_arena_rollback(&c->arena, t->mark);
        c->doc_count = t->docs;
        c->problem_count = t->problems;
        index_refill(c);
    }
    return st;
}

/* Load a list of files as one batch: all or nothing, or keep going. */
static cp_status load_list(cp_corpus *c, const char *what, const cpi_path_list *list,
                           uint32_t flags, cp_error *err) {
    cpi_corpus_txn t = cpi_corpus_begin(c);
    cp_status st = run_many(c, what, list, flags & CP_LOAD_KEEP_GOING, NULL, NULL, err);
    return cpi_corpus_end(c, &t, st, flags & CP_LOAD_KEEP_GOING, what, err);
}

cp_status cp_corpus_load_dir(cp_corpus *c, const char *path, uint32_t flags,
                             cp_error *err) {
    if (!c || !path || (flags & ~(uint32_t)CP_LOAD_KEEP_GOING))
        return cpi_error_set(err, CP_ERR_INVALID_ARGUMENT, path, 0, 0, 0,
                             "a NULL corpus or path, or unknown flags");
    cpi_path_list list;
    cp_status st = list_path(c, path, true, &list, err);
    if (st != CP_OK)
        return st;
    st = load_list(c, path, &list, flags, err);
    cpi_path_list_free(&list);
    return st;
}

cp_status cp_corpus_load_files(cp_corpus *c, const char *const *paths, size_t count,
                               uint32_t flags, cp_error *err) {
    if (!c || (!paths && count) || (flags & ~(uint32_t)CP_LOAD_KEEP_GOING))
        return cpi_error_set(err, CP_ERR_INVALID_ARGUMENT, NULL, 0, 0, 0,
                             "a NULL corpus or list, or unknown flags");
    for (size_t i = 0; i < count; i++)
        if (!paths[i])
            return cpi_error_set(err, CP_ERR_INVALID_ARGUMENT, NULL, 0, 0, 0,
                                 "a NULL path at position %zu of the list", i);
    if (count == 0)
        return CP_OK;
    /* the list is only read: the cast lets it share the walk's type */
    cpi_path_list list = {&c->mem, (char **)(uintptr_t)paths, count, count, false};
    return load_list(c, paths[0], &list, flags, err);
}

cp_status cp_corpus_stream(cp_corpus *c, const char *path, uint32_t flags, cp_stream_fn fn,
                           void *user, cp_error *err) {
    if (!c || !path || !fn || (flags & ~(uint32_t)CP_LOAD_KEEP_GOING))
        return cpi_error_set(err, CP_ERR_INVALID_ARGUMENT, path, 0, 0, 0,
                             "a NULL corpus, path or function, or unknown flags");
    int dir = cpi_path_is_dir(path, err);
    if (dir < 0)
        return (cp_status)(-dir);
    cpi_path_list list;
    cp_status st = list_path(c, path, dir, &list, err);
    if (st != CP_OK)
        return st;
    st = run_many(c, path, &list, flags & CP_LOAD_KEEP_GOING, fn, user, err);
    cpi_path_list_free(&list);
    return st;
}

void cp_corpus_set_jobs(cp_corpus *c, unsigned jobs) {
    if (c)
        c->jobs = jobs ? jobs : cpi_processor_count();
}

unsigned cp_corpus_jobs(const cp_corpus *c) { return c ? c->jobs : 0; }

cp_status cp_corpus_load_path(cp_corpus *c, const char *path, uint32_t flags,
                              cp_error *err) {
    if (!c || !path || (flags & ~(uint32_t)CP_LOAD_KEEP_GOING))
        return cpi_error_set(err, CP_ERR_INVALID_ARGUMENT, path, 0, 0, 0,
                             "a NULL corpus or path, or unknown flags");
    int dir = cpi_path_is_dir(path, err);
    if (dir < 0)
        return (cp_status)(-dir);
    return dir ? cp_corpus_load_dir(c, path, flags, err) : cp_corpus_load_file(c, path, err);
}

cp_status cp_path_list(const char *path, char ***paths_out, size_t *count_out,
                       cp_error *err) {
    if (!path || !paths_out || !count_out)
        return cpi_error_set(err, CP_ERR_INVALID_ARGUMENT, path, 0, 0, 0,
                             "a NULL path or output");
    *paths_out = NULL;
    *count_out = 0;
    cpi_mem mem;
    cpi_mem_init(&mem, NULL);
    int dir = cpi_path_is_dir(path, err);
    if (dir < 0)
        return (cp_status)(-dir);
    cpi_path_list list = {&mem, NULL, 0, 0, true};
    if (dir) {
        cp_status st = cpi_list_documents(&mem, path, &list, err);
        if (st != CP_OK)
            return st;
        if (list.count == 0) {
            cpi_path_list_free(&list);
            return cpi_error_set(err, CP_ERR_NO_DOCUMENTS, path, 0, 0, 0,
                                 "no *.txt documents in this directory");
        }
    } else if (cpi_path_list_one(&mem, path, &list) != CP_OK) {
        return cpi_error_set(err, CP_ERR_NOMEM, path, 0, 0, 0, "out of memory");
    }
    /* (one block either way: cp_path_list_free frees it at once) */
    *paths_out = list.paths;
    *count_out = list.count;
    return CP_OK;
}

void cp_path_list_free(char **paths, size_t count) {
    (void)count; /* the list is one block, its paths after the pointers */
    cpi_mem mem;
    cpi_mem_init(&mem, NULL);
    cpi_mem_free(&mem, paths);
}

size_t cp_corpus_problem_count(const cp_corpus *c) { return c ? c->problem_count : 0; }

const cp_error *cp_corpus_problem_at(const cp_corpus *c, size_t i) {
    return c && i < c->problem_count ? &c->problems[i] : NULL;
}

/* ---- documents ---------------------------------------------------------------- */

size_t cp_corpus_document_count(const cp_corpus *c) { return c ? c->doc_count : 0; }

const cp_document *cp_corpus_document_at(const cp_corpus *c, size_t i) {
    return c && i < c->doc_count ? c->docs[i] : NULL;
}

const cp_document *cp_corpus_document_by_id(const cp_corpus *c, const char *id) {
    if (!c || !id)
        return NULL;
    size_t pos = index_find(c, id);
    return pos == SIZE_MAX ? NULL : c->docs[pos];
}

const char *cp_document_kind_name(cp_document_kind kind) {
    switch (kind) {
    case CP_DOCUMENT_NEWS:
        return "news";
    case CP_DOCUMENT_PRESS_RELEASE:
        return "press_release";
    case CP_DOCUMENT_FACT_SHEET:
        return "fact_sheet";
    case CP_DOCUMENT_UNKNOWN:
        break;
    }
    return "unknown";
}

const char *cp_document_id(const cp_document *d) { return d ? d->id : NULL; }
const char *cp_document_path(const cp_document *d) { return d ? d->path : NULL; }
size_t cp_document_size(const cp_document *d) { return d ? d->size : 0; }
const char *cp_document_bytes(const cp_document *d) { return d ? d->bytes : NULL; }
bool cp_document_has_text(const cp_document *d) { return d && !d->from_json; }
size_t cp_document_body_start(const cp_document *d) { return d ? d->body_start : 0; }
const char *cp_document_title(const cp_document *d) { return d ? d->title : NULL; }

cp_document_kind cp_document_kind_of(const cp_document *d) {
    return d ? d->kind : CP_DOCUMENT_UNKNOWN;
}

const char *cp_document_header_date(const cp_document *d) {
    return d && d->header_date[0] ? d->header_date : NULL;
}

const char *cp_document_dateline_date(const cp_document *d) {
    return d && d->dateline_date[0] ? d->dateline_date : NULL;
}

const char *cp_document_date(const cp_document *d) {
    if (!d)
        return NULL;
    if (d->header_date[0])
        return d->header_date;
    return d->dateline_date[0] ? d->dateline_date : NULL;
}

/* ---- blocks and sentences ---------------------------------------------------- */

const char *cp_block_kind_name(cp_block_kind kind) {
    switch (kind) {
    case CP_BLOCK_HEADING:
        return "heading";
    case CP_BLOCK_PARAGRAPH:
        return "paragraph";
    case CP_BLOCK_LIST_ITEM:
        return "list_item";
    case CP_BLOCK_METADATA:
        return "metadata";
    case CP_BLOCK_DATELINE:
        return "dateline";
    case CP_BLOCK_ARTEFACT:
        return "artefact";
    case CP_BLOCK_NONE:
        break;
    }
    return "none";
}

size_t cp_document_block_count(const cp_document *d) { return d ? d->block_count : 0; }

const cp_block *cp_document_block_at(const cp_document *d, size_t i) {
    return d && i < d->block_count ? &d->blocks[i] : NULL;
}

cp_block_kind cp_block_kind_of(const cp_block *b) { return b ? b->kind : CP_BLOCK_NONE; }
size_t cp_block_level(const cp_block *b) { return b ? b->level : 0; }
size_t cp_block_line(const cp_block *b) { return b ? b->line : 0; }
size_t cp_block_start(const cp_block *b) { return b ? b->start : 0; }
size_t cp_block_end(const cp_block *b) { return b ? b->end : 0; }
const char *cp_block_text(const cp_block *b) { return b ? cpi_block_text(b) : NULL; }
size_t cp_block_text_size(const cp_block *b) { return b ? b->text_size : 0; }

size_t cp_block_original_start(const cp_block *b, size_t clean) {
    if (!b)
        return 0;
    cpi_seg one;
    size_t count;
    const cpi_seg *map = cpi_block_map(b, &one, &count);
    return cpi_map_start(map, count, b->text_size, clean);
}

size_t cp_block_original_end(const cp_block *b, size_t clean_end) {
    if (!b)
        return 0;
    if (clean_end > b->text_size)
        clean_end = b->text_size;
    cpi_seg one;
    size_t count;
    const cpi_seg *map = cpi_block_map(b, &one, &count);
    return cpi_map_end(map, count, b->text_size, clean_end);
}

size_t cp_block_sentence_count(const cp_block *b) { return b ? b->sentence_count : 0; }

const cp_sentence *cp_block_sentence_at(const cp_block *b, size_t i) {
    return b && i < b->sentence_count ? cpi_block_sentence(b, i) : NULL;
}

size_t cp_sentence_text_start(const cp_sentence *s) { return s ? cpi_sentence_text_start(s) : 0; }
size_t cp_sentence_text_end(const cp_sentence *s) { return s ? s->text_end : 0; }
size_t cp_sentence_start(const cp_sentence *s) { return s ? s->start : 0; }
size_t cp_sentence_end(const cp_sentence *s) { return s ? cpi_sentence_end(s) : 0; }
