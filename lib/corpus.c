/* The corpus: documents loaded transactionally into one arena, an index by
 * id, the problems of keep-going loads, and the public accessors of the
 * document model. */
#include <string.h>

#include "corpus.h"
#include "extract.h"
#include "fs.h"
#include "load.h"
#include "model.h"
#include "text.h"

enum { DEFAULT_MAX_DOCUMENT = 256u * 1024u * 1024u };
#define HARD_MAX_DOCUMENT ((size_t)0x7FFFFFFF)

struct cp_corpus {
    cpi_mem mem;
    cpi_arena arena;
    cpi_cleaner cleaner;
    cpi_knowledge knowledge;
    cpi_model model;
    int batch; /* > 0 while a directory load groups several documents */
    bool no_extraction;
    cp_document **docs;
    size_t doc_count, doc_cap;
    size_t *index; /* open addressing: document position + 1, 0 = empty */
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
    cpi_model_release(&c->model);
    cpi_knowledge_release(&c->knowledge, &c->mem);
    cpi_mem_free(&mem, c->docs);
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

size_t cp_corpus_max_document_size(const cp_corpus *c) { return c ? c->max_document : 0; }

cp_status cp_corpus_set_max_document_size(cp_corpus *c, size_t bytes) {
    if (!c || bytes == 0 || bytes > HARD_MAX_DOCUMENT)
        return CP_ERR_INVALID_ARGUMENT;
    c->max_document = bytes;
    return CP_OK;
}

/* ---- the id index ---------------------------------------------------------- */

static size_t hash_str(const char *s) {
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return (size_t)h;
}

static size_t index_find(const cp_corpus *c, const char *id) {
    if (!c->index_cap)
        return SIZE_MAX;
    size_t h = hash_str(id) & (c->index_cap - 1);
    while (c->index[h]) {
        size_t pos = c->index[h] - 1;
        if (strcmp(c->docs[pos]->id, id) == 0)
            return pos;
        h = (h + 1) & (c->index_cap - 1);
    }
    return SIZE_MAX;
}

static void index_put(size_t *index, size_t cap, const char *id, size_t pos) {
    size_t h = hash_str(id) & (cap - 1);
    while (index[h])
        h = (h + 1) & (cap - 1);
    index[h] = pos + 1;
}

/* Rebuild the index for the first `count` documents into a table of `cap`. */
static bool index_rebuild(cp_corpus *c, size_t cap) {
    size_t *index = cpi_mem_alloc(&c->mem, cap * sizeof(size_t));
    if (!index)
        return false;
    memset(index, 0, cap * sizeof(size_t));
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
    memset(c->index, 0, c->index_cap * sizeof(size_t));
    for (size_t i = 0; i < c->doc_count; i++)
        index_put(c->index, c->index_cap, c->docs[i]->id, i);
}

/* Make room for one more document, so that committing it cannot fail. */
static bool reserve_document(cp_corpus *c) {
    if (!cpi_mem_reserve(&c->mem, (void **)&c->docs, &c->doc_cap, c->doc_count + 1,
                         sizeof(cp_document *)))
        return false;
    if ((c->doc_count + 1) * 2 > c->index_cap) {
        size_t cap = c->index_cap ? c->index_cap * 2 : 64;
        if (!index_rebuild(c, cap))
            return false;
    }
    return true;
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

/* Extraction is a map (each document into a model of its own, in the corpus
 * arena) and a reduce (that model folded into the corpus's). */
static bool extract_and_fold(cp_corpus *c, cp_document *doc) {
    cpi_model local;
    if (!cpi_model_init(&local, &c->mem, &c->arena)) {
        cpi_model_release(&local);
        return false;
    }
    local.unjournaled = true;
    bool ok = cpi_extract_document(&local, &c->knowledge, doc) &&
              cpi_model_fold(&c->model, &local, &doc, 1);
    cpi_model_release(&local);
    return ok;
}

typedef enum source { FROM_BUFFER, FROM_FILE } source;

static cp_status load_one(cp_corpus *c, const char *name, source from, const char *data,
                          size_t size, cp_error *err) {
    const char *idp;
    size_t idn;
    if (!id_of(name, &idp, &idn))
        return cpi_error_set(err, CP_ERR_INVALID_ARGUMENT, name, 0, 0, 0,
                             "cannot make a document id from this name");
    if (from == FROM_BUFFER && size > c->max_document)
        return cpi_error_set(err, CP_ERR_TOO_LARGE, name, 0, 0, 0,
                             "document of %zu bytes exceeds the limit of %zu bytes", size,
                             c->max_document);
    if (!reserve_document(c))
        return cpi_error_set(err, CP_ERR_NOMEM, name, 0, 0, 0, "out of memory");

    cpi_arena_mark mark = cpi_arena_mark_get(&c->arena);
    size_t model_mark = cpi_model_mark(&c->model);
    cp_status st = CP_OK;
    char *id = cpi_arena_strndup(&c->arena, idp, idn);
    char *path = cpi_arena_strndup(&c->arena, name, strlen(name));
    char *bytes = NULL;
    if (!id || !path) {
        st = cpi_error_set(err, CP_ERR_NOMEM, name, 0, 0, 0, "out of memory");
        goto fail;
    }
    if (index_find(c, id) != SIZE_MAX) {
        st = cpi_error_set(err, CP_ERR_DUPLICATE_ID, name, 0, 0, 0,
                           "a document with id '%s' is loaded already (from %s)", id,
                           c->docs[index_find(c, id)]->path);
        goto fail;
    }
    if (from == FROM_FILE) {
        st = cpi_read_file(&c->arena, name, c->max_document, &bytes, &size, err);
        if (st != CP_OK)
            goto fail;
    } else {
        bytes = cpi_arena_strndup(&c->arena, data, size);
        if (!bytes) {
            st = cpi_error_set(err, CP_ERR_NOMEM, name, 0, 0, 0, "out of memory");
            goto fail;
        }
    }
    cp_document *doc;
    st = cpi_load_document(&c->arena, &c->cleaner, path, id, bytes, size, &doc, err);
    if (st != CP_OK)
        goto fail;
    if ((!c->no_extraction && !extract_and_fold(c, doc)) ||
        (c->batch == 0 && !cpi_model_commit(&c->model))) {
        st = cpi_error_set(err, CP_ERR_NOMEM, name, 0, 0, 0, "out of memory");
        goto fail;
    }
    c->docs[c->doc_count] = doc;
    index_put(c->index, c->index_cap, id, c->doc_count);
    c->doc_count++;
    return CP_OK;
fail:
    cpi_model_rollback(&c->model, model_mark);
    cpi_arena_rollback(&c->arena, mark);
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

cp_status cp_corpus_load_dir(cp_corpus *c, const char *path, uint32_t flags,
                             cp_error *err) {
    if (!c || !path || (flags & ~(uint32_t)CP_LOAD_KEEP_GOING))
        return cpi_error_set(err, CP_ERR_INVALID_ARGUMENT, path, 0, 0, 0,
                             "a NULL corpus or path, or unknown flags");
    bool keep_going = flags & CP_LOAD_KEEP_GOING;
    cpi_path_list list;
    cp_status st = cpi_list_documents(&c->mem, path, &list, err);
    if (st != CP_OK)
        return st;
    if (list.count == 0) {
        cpi_path_list_free(&list);
        return cpi_error_set(err, CP_ERR_NO_DOCUMENTS, path, 0, 0, 0,
                             "no *.txt documents in this directory");
    }
    cpi_arena_mark mark = cpi_arena_mark_get(&c->arena);
    size_t model_mark = cpi_model_mark(&c->model);
    size_t docs_before = c->doc_count;
    size_t problems_before = c->problem_count;
    cp_status first = CP_OK;
    c->batch++;
    cp_error local;
    cp_error_clear(&local);
    for (size_t i = 0; i < list.count; i++) {
        st = cp_corpus_load_file(c, list.paths[i], &local);
        if (st == CP_OK)
            continue;
        if (!keep_going || st == CP_ERR_NOMEM || record_problem(c, &local) != CP_OK) {
            /* All or nothing: forget this call's documents. */
            c->batch--;
            cpi_model_rollback(&c->model, model_mark);
            cpi_arena_rollback(&c->arena, mark);
            c->doc_count = docs_before;
            c->problem_count = problems_before;
            index_refill(c);
            cpi_error_copy(err, &local);
            cpi_path_list_free(&list);
            return st == CP_OK ? CP_ERR_NOMEM : st;
        }
        if (first == CP_OK) {
            first = st;
            cpi_error_copy(err, &local);
        }
    }
    cpi_path_list_free(&list);
    c->batch--;
    if (c->batch == 0 && !cpi_model_commit(&c->model)) {
        cpi_model_rollback(&c->model, model_mark);
        cpi_arena_rollback(&c->arena, mark);
        c->doc_count = docs_before;
        c->problem_count = problems_before;
        index_refill(c);
        return cpi_error_set(err, CP_ERR_NOMEM, path, 0, 0, 0, "out of memory");
    }
    return first;
}

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
    cpi_path_list list = {&mem, NULL, 0, 0};
    if (dir) {
        cp_status st = cpi_list_documents(&mem, path, &list, err);
        if (st != CP_OK)
            return st;
        if (list.count == 0) {
            cpi_path_list_free(&list);
            return cpi_error_set(err, CP_ERR_NO_DOCUMENTS, path, 0, 0, 0,
                                 "no *.txt documents in this directory");
        }
    } else {
        size_t n = strlen(path);
        char *copy = cpi_mem_alloc(&mem, n + 1);
        list.paths = cpi_mem_alloc(&mem, sizeof(char *));
        if (!copy || !list.paths) {
            cpi_mem_free(&mem, copy);
            cpi_mem_free(&mem, list.paths);
            return cpi_error_set(err, CP_ERR_NOMEM, path, 0, 0, 0, "out of memory");
        }
        memcpy(copy, path, n + 1);
        list.paths[0] = copy;
        list.count = 1;
    }
    *paths_out = list.paths;
    *count_out = list.count;
    return CP_OK;
}

void cp_path_list_free(char **paths, size_t count) {
    cpi_mem mem;
    cpi_mem_init(&mem, NULL);
    for (size_t i = 0; paths && i < count; i++)
        cpi_mem_free(&mem, paths[i]);
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
const char *cp_block_text(const cp_block *b) { return b ? b->text : NULL; }
size_t cp_block_text_size(const cp_block *b) { return b ? b->text_size : 0; }

size_t cp_block_original_start(const cp_block *b, size_t clean) {
    return b ? cpi_map_start(b->segs, b->seg_count, b->text_size, clean) : 0;
}

size_t cp_block_original_end(const cp_block *b, size_t clean_end) {
    if (!b)
        return 0;
    if (clean_end > b->text_size)
        clean_end = b->text_size;
    return cpi_map_end(b->segs, b->seg_count, clean_end);
}

size_t cp_block_sentence_count(const cp_block *b) { return b ? b->sentence_count : 0; }

const cp_sentence *cp_block_sentence_at(const cp_block *b, size_t i) {
    return b && i < b->sentence_count ? &b->sentences[i] : NULL;
}

size_t cp_sentence_text_start(const cp_sentence *s) { return s ? s->text_start : 0; }
size_t cp_sentence_text_end(const cp_sentence *s) { return s ? s->text_end : 0; }
size_t cp_sentence_start(const cp_sentence *s) { return s ? s->start : 0; }
size_t cp_sentence_end(const cp_sentence *s) { return s ? s->end : 0; }
