/* The corpus, as the other stages see it. */
#ifndef CPI_CORPUS_H
#define CPI_CORPUS_H

#include "arena.h"
#include "entities.h"

/* The allocator every allocation for this corpus goes through. */
const cpi_mem *cpi_corpus_mem(const cp_corpus *corpus);

/* The corpus's entity model. */
const cpi_model *cpi_corpus_model(const cp_corpus *corpus);

/* The largest document the corpus accepts. */
size_t cpi_corpus_max_document(const cp_corpus *corpus);

/* A transaction over several loads: begin, load, end. End rolls everything
 * back when `status` is a failure (unless `keep_going` and not out of
 * memory), else commits at the outermost level; returns the final status. */
typedef struct cpi_corpus_txn {
    cpi_arena_mark mark;
    size_t model_mark, docs, problems;
} cpi_corpus_txn;

cpi_corpus_txn cpi_corpus_begin(cp_corpus *corpus);
cp_status cpi_corpus_end(cp_corpus *corpus, const cpi_corpus_txn *txn, cp_status status,
                         bool keep_going, const char *name, cp_error *err);

/* Take documents made elsewhere (read from JSON) into the corpus: their
 * memory (`arena`, adopted) and their model (`src`, folded in), all or
 * nothing; a document id the corpus has already fails the call. When
 * folding fails, `src` is released (its entities' memory goes back). */
cp_status cpi_corpus_take(cp_corpus *corpus, cpi_arena *arena, cpi_model *src,
                          cp_document **docs, size_t count, const char *name, cp_error *err);

#endif
