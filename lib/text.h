/* Text: the clean text of a block (markup stripped, typography folded, NFC)
 * with its exact map back to the original bytes, and the sentences of a
 * clean text. */
#ifndef CPI_TEXT_H
#define CPI_TEXT_H

#include <stddef.h>

#include "model.h"

/* A range of original bytes that belongs to one block. Blocks continued across
 * a page break have several pieces, joined by one space. */
typedef struct cpi_piece {
    size_t start, end;
} cpi_piece;

typedef struct cpi_range {
    size_t start, end;
} cpi_range;

/* Scratch space reused from block to block, so cleaning a document allocates
 * only when a block is larger than every block before it. */
typedef struct cpi_cleaner {
    const cpi_mem *mem;
    char *out;
    size_t out_size, out_cap;
    /* the clean text (out_size bytes): out, or after cpi_clean_in_place()
     * of a piece that is its own clean text, that piece in the document's
     * bytes (then not followed by a NUL) */
    const char *text;
    cpi_seg *segs;
    size_t seg_count, seg_cap;
    cpi_range *drops;
    size_t drop_count, drop_cap;
    size_t *stack; /* open emphasis runs */
    size_t stack_cap;
    cp_sentence *sentences;
    size_t sentence_count, sentence_cap;
    /* set by cpi_clean(): the clean text is known to have no '.', '!' or
     * '?', so it is one sentence (false: not known) */
    bool one_sentence;
    /* While a document is cleaned block by block (cpi_clean_document):
     * its bytes, and for '*' and '[' a stretch [from, at) without one, at
     * being the next one or the end. Pieces mostly come in order, so one
     * scan serves every piece up to the next '*' or '['. */
    const char *document;
    struct cpi_stretch {
        size_t from, at;
    } stars, brackets;
    /* the loader's per-document arrays (lines to blocks, pieces, block
     * classes), kept here between documents instead of allocated for each */
    void *load_blocks, *load_pieces, *load_info, *load_spans, *load_marks;
    size_t load_blocks_cap, load_pieces_cap, load_info_cap, load_spans_cap,
        load_marks_cap;
} cpi_cleaner;

void cpi_cleaner_init(cpi_cleaner *c, const cpi_mem *mem);
void cpi_cleaner_release(cpi_cleaner *c);

/* The blocks cleaned from now on are all of the document `bytes` (NULL:
 * of any texts, as before the first call); see cpi_cleaner.document. */
void cpi_clean_document(cpi_cleaner *c, const char *bytes);

/* Clean the pieces of one block of `bytes` into c->out / c->segs. Returns
 * false when out of memory. */
bool cpi_clean(cpi_cleaner *c, const char *bytes, size_t size, const cpi_piece *pieces,
               size_t piece_count);

/* As cpi_clean(), but a piece that is its own clean text (one identity
 * run) is not copied: c->text points to it in `bytes`. */
bool cpi_clean_in_place(cpi_cleaner *c, const char *bytes, size_t size,
                        const cpi_piece *pieces, size_t piece_count);

/* Map clean offsets through a segment map (see cp_block_original_start). */
size_t cpi_map_start(const cpi_seg *segs, size_t count, size_t text_size, size_t clean);
size_t cpi_map_end(const cpi_seg *segs, size_t count, size_t text_size, size_t clean_end);

/* Split a clean text (NUL-terminated at `size`) into sentences, into
 * c->sentences (original offsets through segs). Returns false when out of
 * memory. */
bool cpi_split_sentences(cpi_cleaner *c, const char *text, size_t size,
                         const cpi_seg *segs, size_t seg_count);

#endif
