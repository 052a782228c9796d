/* Loading one document: bytes in, a cp_document with its blocks, clean texts
 * and sentences out, allocated in the arenas the corpus gives. */
#ifndef CPI_LOAD_H
#define CPI_LOAD_H

#include "model.h"
#include "text.h"

/* `bytes` must already live in `arena` (size bytes plus a NUL) and `path`
 * and `id` too. The document's record goes in `arena`; its blocks, clean
 * texts and sentences in `block_arena` (the same arena, or one that is
 * cleared once extraction is done when the corpus keeps no blocks), where
 * nothing else may be allocated while this runs. On failure returns the
 * status, fills err, and leaves whatever it allocated for the caller to
 * roll back. */
cp_status cpi_load_document(cpi_arena *arena, cpi_arena *block_arena, cpi_cleaner *cleaner,
                            const char *path, const char *id, const char *bytes, size_t size,
                            cp_document **out, cp_error *err);

#endif
