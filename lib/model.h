/* The model's structures, shared by the stages that build and read them.
 * Public handles (cp_document, cp_block, cp_sentence) are these structs; the
 * header only ever sees them as opaque pointers. */
#ifndef CPI_MODEL_H
#define CPI_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "crimepolicy.h"
#include "error.h"

/* One piece of a clean-to-original offset map. Where the clean bytes equal
 * the original bytes (identity), offsets map one to one inside the segment;
 * an atomic segment (a folded quote, a collapsed run of spaces, an NFC
 * composition) maps as one unit. The segments of a map cover the clean text
 * end to end, so a segment's clean length is where the next one (or the
 * text) begins: it is not stored (12 bytes, not 16). */
typedef struct cpi_seg {
    uint32_t clean;
    uint32_t orig;
    uint32_t olen : 31; /* offsets stay below 2 GiB */
    uint32_t atomic : 1;
} cpi_seg;

/* Offsets and counts inside one document fit in 32 bits (documents are at
 * most 2 GiB - 1): a corpus holds many blocks and sentences, so they are
 * kept small. In a block whose map is one identity run (seg_count 0) a
 * sentence's original end is its start plus its clean length: there it is
 * stored without `end`, in 12 bytes, and text_start says so in its top bit
 * (CPI_SENTENCE_SHORT). Read sentences through the functions below. */
struct cp_sentence {
    uint32_t text_start, text_end; /* in the block's clean text */
    uint32_t start, end;           /* in the document's bytes */
};

#define CPI_SENTENCE_SHORT 0x80000000u

static inline size_t cpi_sentence_text_start(const cp_sentence *s) {
    return s->text_start & ~CPI_SENTENCE_SHORT;
}

static inline size_t cpi_sentence_end(const cp_sentence *s) {
    if (s->text_start & CPI_SENTENCE_SHORT)
        return s->start + (s->text_end - cpi_sentence_text_start(s));
    return s->end;
}

/* A document's blocks are one allocation: the records, then for each block
 * its sentences, offset map and clean text, in that order, so a record
 * finds its arrays from its text, and its text from itself (`text_at`, the
 * distance in bytes): 32 bytes a block, no pointer. Most blocks' clean text
 * is one run of their original bytes: then the map is no array (seg_count
 * 0) and clean offset 0 sits at start + identity_skip. */
struct cp_block {
    uint32_t text_at;
    uint32_t text_size, seg_count, sentence_count;
    uint32_t line;
    uint32_t start, end;
    uint32_t identity_skip : 22;
    uint32_t level : 7; /* up to CP_MAX_LIST_DEPTH */
    uint32_t kind : 3;  /* cp_block_kind */
};

/* The largest identity_skip; a block whose text starts further from its
 * start keeps a map of one segment. */
#define CPI_MAX_IDENTITY_SKIP ((1u << 22) - 1)

static inline const char *cpi_block_text(const cp_block *b) {
    return (const char *)b + b->text_at;
}

static inline const cpi_seg *cpi_block_segs(const cp_block *b) {
    return (const cpi_seg *)(const void *)cpi_block_text(b) - b->seg_count;
}

/* The block's offset map as an array: its own, or `one` filled with the
 * identity run. Sets *count. */
static inline const cpi_seg *cpi_block_map(const cp_block *b, cpi_seg *one, size_t *count) {
    if (b->seg_count) {
        *count = b->seg_count;
        return cpi_block_segs(b);
    }
    one->clean = 0;
    one->orig = b->start + b->identity_skip;
    one->olen = b->text_size;
    one->atomic = 0;
    *count = 1;
    return one;
}

/* The bytes a sentence of this block takes (see cp_sentence). */
static inline size_t cpi_sentence_stride(const cp_block *b) {
    return b->seg_count ? sizeof(cp_sentence) : sizeof(cp_sentence) - sizeof(uint32_t);
}

/* The block's i-th sentence (i < sentence_count). */
static inline const cp_sentence *cpi_block_sentence(const cp_block *b, size_t i) {
    size_t stride = cpi_sentence_stride(b);
    const char *first = (const char *)(const void *)cpi_block_segs(b) - b->sentence_count * stride;
    return (const cp_sentence *)(const void *)(first + i * stride);
}

/* What extraction found in a document, besides its administration: kept
 * apart so that a corpus loaded without extraction, or a document where
 * nothing was found, carries one pointer for it. */
typedef struct cpi_findings {
    const cp_official **officials;
    const cp_site **sites;
    const cp_program **programs;
    cp_figure *figures; /* in text order; the accessors point into it */
    uint32_t official_count, site_count, program_count, figure_count;
} cpi_findings;

/* Offsets and sizes in 32 bits: documents are at most 2 GiB - 1. */
struct cp_document {
    const char *id;
    const char *path;
    const char *bytes;
    const char *title;
    cp_block *blocks;
    const cp_administration *administration; /* filled by extraction */
    cpi_findings *found;                      /* NULL: nothing (yet) */
    uint32_t size;
    uint32_t body_start;
    uint32_t block_count;
    uint8_t kind; /* cp_document_kind */
    bool from_json; /* read back from JSON: no bytes, no blocks */
    char header_date[11]; /* "" when none */
    char dateline_date[11];
};

static inline size_t cpi_doc_figure_count(const cp_document *d) {
    return d->found ? d->found->figure_count : 0;
}

/* The largest document any corpus accepts (offsets fit in 32 bits). */
#define CPI_HARD_MAX_DOCUMENT ((size_t)0x7FFFFFFF)

/* Dates as numbers, for validation and comparison. */
typedef struct cpi_date {
    int year, month, day;
} cpi_date;

bool cpi_date_valid(int year, int month, int day);
void cpi_date_format(cpi_date d, char out[11]);

#endif
