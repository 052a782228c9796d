/* Loading one document: bytes in, a cp_document with its blocks, clean texts
 * and sentences out, all allocated in the corpus arena. */
#ifndef CPI_LOAD_H
#define CPI_LOAD_H

#include "model.h"
#include "text.h"

/* `bytes` must already live in the arena (size bytes plus a NUL) and `path`
 * and `id` too. On failure returns the status, fills err, and leaves whatever
 * it allocated in the arena for the caller to roll back. */
cp_status cpi_load_document(cpi_arena *arena, cpi_cleaner *cleaner, const char *path,
                            const char *id, const char *bytes, size_t size,
                            cp_document **out, cp_error *err);

#endif
