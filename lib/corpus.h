/* The corpus, as the other stages see it. */
#ifndef CPI_CORPUS_H
#define CPI_CORPUS_H

#include "arena.h"
#include "entities.h"

/* The allocator every allocation for this corpus goes through. */
const cpi_mem *cpi_corpus_mem(const cp_corpus *corpus);

/* The corpus's entity model. */
const cpi_model *cpi_corpus_model(const cp_corpus *corpus);

#endif
