/* Document metadata: dates in text, the kind of a line (dateline, metadata,
 * heading, paragraph), and a document's date, title and kind. */
#ifndef CPI_DOC_META_H
#define CPI_DOC_META_H

#include <stddef.h>

#include "model.h"

/* A date at the very start of t: "June 20, 2017", "Jan. 5, 2019",
 * "20 June 2017", "6/20/2017", "2017-06-20". *consumed gets its length. */
bool cpi_parse_date(const char *t, size_t n, cpi_date *out, size_t *consumed);

/* Is w[0..n) a month's name or its abbreviation ("May", "Sept")? */
bool cpi_month_word(const char *w, size_t n);

/* What a line of clean text is, when it is not a list item or an artefact. */
typedef struct cpi_line_class {
    cp_block_kind kind;
    bool has_date;  /* a dateline with a date */
    bool labelled;  /* "Updated …", "Published: …": a publication label */
    bool updated;   /* ... and the label is an update's ("Updated", "Last updated") */
    cpi_date date;
} cpi_line_class;

cpi_line_class cpi_classify_line(const char *t, size_t n);

/* Per-block facts the document pass needs, gathered while loading. */
typedef struct cpi_block_info {
    cpi_line_class cls;
} cpi_block_info;

/* Set the dateline date, title and kind of a loaded document. The title is
 * borrowed from a block's clean text. */
void cpi_document_meta(cp_document *doc, const cpi_block_info *info);

#endif
