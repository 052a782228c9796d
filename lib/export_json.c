/* Export: the corpus as one `crimepolicy/1` JSON object (MODEL.md section 4).
 *
 * Arrays come out in a stable order (documents by id), so the same documents
 * give the same bytes whatever order they were loaded in. Strings are escaped
 * for JSON; bytes that are not UTF-8 (possible only in paths) become U+FFFD. */
#include <stdalign.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "corpus.h"
#include "entities.h"
#include "model.h"
#include "utf8.h"

/* Owned strings carry their allocator in front of them, so cp_string_free()
 * needs nothing else and works after the corpus is gone. */
typedef struct owned_header {
    cpi_mem mem;
    alignas(max_align_t) char text[];
} owned_header;

typedef struct buf {
    const cpi_mem *mem;
    owned_header *h;
    size_t size, cap; /* of h->text */
    bool failed;
} buf;

/* Room for n more bytes and the NUL. After a failure nothing more is
 * written past the old capacity; the result is thrown away. */
static bool grow(buf *b, size_t n) {
    if (b->failed)
        return false;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->size + n + 1)
        cap *= 2;
    owned_header *h = cpi_mem_realloc(b->mem, b->h, sizeof(owned_header) + cap);
    if (!h) {
        b->failed = true;
        return false;
    }
    b->h = h;
    b->cap = cap;
    return true;
}

/* The common case (room left) stays inline; growing is out of line. */
static inline void put(buf *b, const char *s, size_t n) {
    if (b->size + n + 1 > b->cap && !grow(b, n))
        return;
    memcpy(b->h->text + b->size, s, n);
    b->size += n;
}

static void put_str(buf *b, const char *s) { put(b, s, strlen(s)); }
/* A string literal: its length known at compile time. */
#define PUT_LIT(b, lit) put((b), (lit), sizeof(lit) - 1)

/* Digits by hand: offsets are most of the numbers in an export, and
 * snprintf's format parsing cost more than the rest of a mention. */
static void put_size(buf *b, size_t v) {
    char tmp[24];
    char *p = tmp + sizeof tmp;
    do {
        *--p = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    put(b, p, (size_t)(tmp + sizeof tmp - p));
}

/* What put_string does with each byte: 0 copy, 1 escape, 2 UTF-8 lead or
 * stray continuation byte (check the sequence). */
static const unsigned char string_class[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
};

static void put_string(buf *b, const char *str) {
    if (!str) {
        put(b, "null", 4);
        return;
    }
    const unsigned char *s = (const unsigned char *)str;
    size_t n = strlen(str);
    put(b, "\"", 1);
    size_t run = 0; /* start of bytes to copy as they are */
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        unsigned char cls = string_class[c];
        if (cls == 0) {
            i++;
            continue;
        }
        const char *esc = NULL;
        char tmp[8];
        size_t skip = 1;
        if (cls == 2) {
            size_t len = cpi_utf8_sequence((const char *)s + i, n - i);
            if (len == 0)
                esc = "\\ufffd";
            else
                skip = len;
        } else if (c == '"') {
            esc = "\\\"";
        } else if (c == '\\') {
            esc = "\\\\";
        } else if (c == '\n') {
            esc = "\\n";
        } else if (c == '\r') {
            esc = "\\r";
        } else if (c == '\t') {
            esc = "\\t";
        } else {
            static const char hex[] = "0123456789abcdef";
            memcpy(tmp, "\\u00", 4);
            tmp[4] = hex[c >> 4];
            tmp[5] = hex[c & 15];
            tmp[6] = '\0';
            esc = tmp;
        }
        if (esc) {
            put(b, str + run, i - run);
            put_str(b, esc);
            i += 1;
            run = i;
        } else {
            i += skip;
        }
    }
    put(b, str + run, n - run);
    put(b, "\"", 1);
}

/* A name of the library's own ("count", "at_least"): plain ASCII letters
 * and '_', quoted without the escaping walk. */
static void put_name(buf *b, const char *name) {
    put(b, "\"", 1);
    put_str(b, name);
    put(b, "\"", 1);
}

/* A document id as JSON, escaped once and then copied: figures and mentions
 * repeat the id of their document many times in a row. */
typedef struct id_cache {
    const cp_document *doc;
    size_t offset, length; /* of its escaped form in the output */
} id_cache;

static void put_doc_id(buf *b, id_cache *cache, const cp_document *doc) {
    if (cache->doc == doc && !b->failed) {
        if (b->size + cache->length + 1 > b->cap && !grow(b, cache->length))
            return;
        memcpy(b->h->text + b->size, b->h->text + cache->offset, cache->length);
        b->size += cache->length;
        return;
    }
    size_t start = b->size;
    put_string(b, doc->id);
    cache->doc = doc;
    cache->offset = start;
    cache->length = b->size - start;
}

static int cmp_doc_id(const void *a, const void *b) {
    const cp_document *x = *(const cp_document *const *)a;
    const cp_document *y = *(const cp_document *const *)b;
    return strcmp(x->id, y->id);
}

static void put_documents(buf *b, const cp_document **docs, size_t n) {
    PUT_LIT(b, "  \"documents\": [");
    for (size_t i = 0; i < n; i++) {
        const cp_document *d = docs[i];
        put_str(b, i ? ",\n    {" : "\n    {");
        PUT_LIT(b, "\"id\": ");
        put_string(b, d->id);
        PUT_LIT(b, ", \"path\": ");
        put_string(b, d->path);
        PUT_LIT(b, ", \"date\": ");
        put_string(b, cp_document_date(d));
        PUT_LIT(b, ", \"title\": ");
        put_string(b, d->title);
        PUT_LIT(b, ", \"kind\": ");
        put_name(b, cp_document_kind_name(d->kind));
        PUT_LIT(b, ", \"administration\": ");
        put_string(b, d->administration ? d->administration->row->id : NULL);
        PUT_LIT(b, ", \"bytes\": ");
        put_size(b, d->size);
        PUT_LIT(b, "}");
    }
    put_str(b, n ? "\n  ],\n" : "],\n");
}


/* A number printed by snprintf, with the decimal point JSON wants whatever
 * the process's locale writes. */
static void put_c_number(buf *b, char *tmp, int n) {
    for (int i = 0; i < n; i++)
        if (tmp[i] != '-' && tmp[i] != '+' && tmp[i] != 'e' && (tmp[i] < '0' || tmp[i] > '9'))
            tmp[i] = '.';
    put(b, tmp, (size_t)n);
}

static void put_double(buf *b, double v) {
    char tmp[40];
    int n = snprintf(tmp, sizeof tmp, "%.4f", v);
    put_c_number(b, tmp, n);
}

static int cmp_mention(const void *x, const void *y) {
    const cp_mention *a = x, *m = y;
    if (a->doc != m->doc) /* most of an entity's mentions share a document */
        return strcmp(a->doc->id, m->doc->id);
    return (a->start > m->start) - (a->start < m->start);
}

/* Mentions sorted by document id and offset, so that the order documents
 * were loaded in does not show. `scratch` is reused between calls. */
static void put_mentions(buf *b, const cpi_mention_list *v, cp_mention **scratch,
                         size_t *cap) {
    PUT_LIT(b, "\"mentions\": [");
    if (v->count && cpi_mem_reserve(b->mem, (void **)scratch, cap, v->count, sizeof(cp_mention))) {
        cpi_mention_list_copy(v, *scratch);
        /* documents loaded in id order leave the list sorted already */
        bool sorted = true;
        for (size_t i = 1; i < v->count && sorted; i++)
            sorted = cmp_mention(&(*scratch)[i - 1], &(*scratch)[i]) <= 0;
        if (!sorted)
            qsort(*scratch, v->count, sizeof(cp_mention), cmp_mention);
        id_cache ids = {NULL, 0, 0};
        for (size_t i = 0; i < v->count; i++) {
            const cp_mention *m = &(*scratch)[i];
            put_str(b, i ? ", {\"document\": " : "{\"document\": ");
            put_doc_id(b, &ids, m->doc);
            PUT_LIT(b, ", \"start\": ");
            put_size(b, m->start);
            PUT_LIT(b, ", \"end\": ");
            put_size(b, m->end);
            PUT_LIT(b, "}");
        }
    } else if (v->count) {
        b->failed = true;
    }
    PUT_LIT(b, "]");
}

static int cmp_doc_ptr(const void *x, const void *y) {
    return strcmp((*(const cp_document *const *)x)->id, (*(const cp_document *const *)y)->id);
}

static int cmp_official(const void *x, const void *y) {
    return strcmp((*(const cp_official *const *)x)->name, (*(const cp_official *const *)y)->name);
}

static void put_administrations(buf *b, const cp_corpus *c, cp_mention **scratch,
                                size_t *cap) {
    size_t n = cp_corpus_administration_count(c);
    PUT_LIT(b, "  \"administrations\": [");
    for (size_t i = 0; i < n; i++) {
        const cp_administration *a = cp_corpus_administration_at(c, i);
        put_str(b, i ? ",\n    {\"id\": " : "\n    {\"id\": ");
        put_string(b, a->row->id);
        PUT_LIT(b, ", \"president\": ");
        put_string(b, a->row->name);
        PUT_LIT(b, ", \"party\": ");
        put_string(b, a->row->party);
        PUT_LIT(b, ", \"start\": ");
        put_string(b, a->row->start);
        PUT_LIT(b, ", \"end\": ");
        put_string(b, a->row->end[0] ? a->row->end : NULL);
        PUT_LIT(b, ",\n     \"officials\": [");
        size_t no = a->officials.count;
        const cp_official **offs = no ? cpi_mem_alloc(b->mem, no * sizeof *offs) : NULL;
        if (no && !offs) {
            b->failed = true;
            return;
        }
        if (no) {
            memcpy(offs, a->officials.items, no * sizeof *offs);
            qsort(offs, no, sizeof *offs, cmp_official);
        }
        for (size_t k = 0; k < no; k++) {
            put_str(b, k ? ", {\"name\": " : "{\"name\": ");
            put_string(b, offs[k]->name);
            PUT_LIT(b, ", \"role\": ");
            put_string(b, offs[k]->role);
            PUT_LIT(b, ", ");
            put_mentions(b, &offs[k]->mentions, scratch, cap);
            PUT_LIT(b, "}");
        }
        cpi_mem_free(b->mem, offs);
        PUT_LIT(b, "],\n     \"documents\": [");
        size_t nd = a->documents.count;
        const cp_document **docs = nd ? cpi_mem_alloc(b->mem, nd * sizeof *docs) : NULL;
        if (nd && !docs) {
            b->failed = true;
            return;
        }
        if (nd) {
            memcpy(docs, a->documents.items, nd * sizeof *docs);
            qsort(docs, nd, sizeof *docs, cmp_doc_ptr);
        }
        for (size_t k = 0; k < nd; k++) {
            put_str(b, k ? ", " : "");
            put_string(b, docs[k]->id);
        }
        cpi_mem_free(b->mem, docs);
        PUT_LIT(b, "]}");
    }
    put_str(b, n ? "\n  ],\n" : "],\n");
}

static void put_agencies(buf *b, const cp_corpus *c, cp_mention **scratch, size_t *cap) {
    size_t n = cp_corpus_agency_count(c);
    PUT_LIT(b, "  \"agencies\": [");
    for (size_t i = 0; i < n; i++) {
        const cp_agency *a = cp_corpus_agency_at(c, i);
        put_str(b, i ? ",\n    {\"id\": " : "\n    {\"id\": ");
        put_string(b, a->row->id);
        PUT_LIT(b, ", \"name\": ");
        put_string(b, a->row->name);
        PUT_LIT(b, ", \"acronym\": ");
        put_string(b, cp_agency_acronym(a));
        PUT_LIT(b, ", \"department\": ");
        put_string(b, cp_agency_department(a));
        PUT_LIT(b, ",\n     ");
        put_mentions(b, &a->mentions, scratch, cap);
        PUT_LIT(b, "}");
    }
    put_str(b, n ? "\n  ],\n" : "],\n");
}


static const char *program_id_of(const void *e) { return ((const cp_program *)e)->id; }
static const char *site_id_of(const void *e) { return ((const cp_site *)e)->id; }
static const char *agency_id_of(const void *e) { return ((const cp_agency *)e)->row->id; }

static int cmp_str_ptr(const void *x, const void *y) {
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* A JSON array of the ids of a list of entities, sorted. */
static void put_id_list(buf *b, const cpi_vec *v, const char *(*id_of)(const void *)) {
    PUT_LIT(b, "[");
    if (v->count) {
        const char **ids = cpi_mem_alloc(b->mem, v->count * sizeof *ids);
        if (!ids) {
            b->failed = true;
            return;
        }
        for (size_t i = 0; i < v->count; i++)
            ids[i] = id_of ? id_of(((void *const *)v->items)[i])
                           : ((const char *const *)v->items)[i];
        qsort(ids, v->count, sizeof *ids, cmp_str_ptr);
        for (size_t i = 0; i < v->count; i++) {
            put_str(b, i ? ", " : "");
            put_string(b, ids[i]);
        }
        cpi_mem_free(b->mem, ids);
    }
    PUT_LIT(b, "]");
}

static void put_programs(buf *b, const cp_corpus *c, cp_mention **scratch, size_t *cap) {
    size_t n = cp_corpus_program_count(c);
    PUT_LIT(b, "  \"programs\": [");
    for (size_t i = 0; i < n; i++) {
        const cp_program *p = cp_corpus_program_at(c, i);
        put_str(b, i ? ",\n    {\"id\": " : "\n    {\"id\": ");
        put_string(b, p->id);
        PUT_LIT(b, ", \"name\": ");
        put_string(b, p->name);
        PUT_LIT(b, ", \"acronym\": ");
        put_string(b, p->acronym);
        PUT_LIT(b, ",\n     \"aliases\": ");
        put_id_list(b, &p->aliases, NULL);
        PUT_LIT(b, ", \"kind\": ");
        put_string(b, p->kind);
        PUT_LIT(b, ", \"parent\": ");
        put_string(b, p->parent ? p->parent->id : NULL);
        PUT_LIT(b, ", \"administration\": ");
        put_string(b, p->admin ? p->admin->row->id : NULL);
        PUT_LIT(b, ",\n     \"agencies\": ");
        put_id_list(b, &p->agencies, agency_id_of);
        PUT_LIT(b, ", \"sites\": ");
        put_id_list(b, &p->sites, site_id_of);
        PUT_LIT(b, ",\n     ");
        put_mentions(b, &p->mentions, scratch, cap);
        PUT_LIT(b, "}");
    }
    put_str(b, n ? "\n  ],\n" : "],\n");
}

static void put_number(buf *b, double v) {
    char tmp[48];
    int k;
    if (!isfinite(v)) {
        PUT_LIT(b, "null"); /* JSON has no infinities (figures never hold one) */
        return;
    }
    if (v < 9e15 && v > -9e15 && v == (double)(long long)v) {
        long long whole = (long long)v;
        if (whole < 0) {
            put(b, "-", 1);
            whole = -whole;
        }
        put_size(b, (size_t)whole);
        return;
    }
    k = snprintf(tmp, sizeof tmp, "%.17g", v);
    put_c_number(b, tmp, k);
}

static int cmp_figure_start(const void *x, const void *y) {
    const cp_figure *a = *(const cp_figure *const *)x, *f = *(const cp_figure *const *)y;
    return (a->start > f->start) - (a->start < f->start);
}

static void put_figure(buf *b, const cp_figure *f, bool first, id_cache *ids) {
    put_str(b, first ? "\n    {\"document\": " : ",\n    {\"document\": ");
    put_doc_id(b, ids, f->doc);
    PUT_LIT(b, ", \"start\": ");
    put_size(b, f->start);
    PUT_LIT(b, ", \"end\": ");
    put_size(b, f->end);
    PUT_LIT(b, ", \"text\": ");
    put_string(b, f->text);
    PUT_LIT(b, ", \"value\": ");
    put_number(b, f->value);
    PUT_LIT(b, ", \"from\": ");
    if (cpi_figure_has_from(f))
        put_number(b, f->from);
    else
        PUT_LIT(b, "null");
    PUT_LIT(b, ", \"kind\": ");
    put_name(b, cp_figure_kind_name(f->kind));
    PUT_LIT(b, ", \"qualifier\": ");
    put_name(b, cp_qualifier_name(f->qualifier));
    PUT_LIT(b, ", \"unit\": ");
    put_string(b, f->unit);
    PUT_LIT(b, ", \"per\": ");
    put_string(b, f->per);
    PUT_LIT(b, "}");
}

/* Figures by document id and offset, whatever the load order: documents
 * in id order (`docs`), each one's own list by offset (already in text
 * order unless it came in another order; then sorted). */
static void put_figures(buf *b, const cp_document **docs, size_t doc_count) {
    const cp_figure **scratch = NULL;
    size_t cap = 0, n = 0;
    id_cache ids = {NULL, 0, 0};
    PUT_LIT(b, "  \"figures\": [");
    for (size_t d = 0; d < doc_count && !b->failed; d++) {
        size_t count = cpi_doc_figure_count(docs[d]);
        const cp_figure *list = count ? docs[d]->found->figures : NULL;
        bool ordered = true;
        for (size_t i = 1; i < count && ordered; i++)
            ordered = list[i - 1].start <= list[i].start;
        if (ordered) {
            for (size_t i = 0; i < count; i++)
                put_figure(b, &list[i], n++ == 0, &ids);
            continue;
        }
        if (!cpi_mem_reserve(b->mem, (void **)&scratch, &cap, count, sizeof *scratch)) {
            b->failed = true;
            break;
        }
        for (size_t i = 0; i < count; i++)
            scratch[i] = &list[i];
        qsort(scratch, count, sizeof *scratch, cmp_figure_start);
        for (size_t i = 0; i < count; i++)
            put_figure(b, scratch[i], n++ == 0, &ids);
    }
    put_str(b, n ? "\n  ]\n" : "]\n");
    cpi_mem_free(b->mem, scratch);
}

static void put_sites(buf *b, const cp_corpus *c, cp_mention **scratch, size_t *cap) {
    size_t n = cp_corpus_site_count(c);
    PUT_LIT(b, "  \"sites\": [");
    for (size_t i = 0; i < n; i++) {
        const cp_site *s = cp_corpus_site_at(c, i);
        put_str(b, i ? ",\n    {\"id\": " : "\n    {\"id\": ");
        put_string(b, s->id);
        PUT_LIT(b, ", \"name\": ");
        put_string(b, s->name);
        PUT_LIT(b, ", \"state\": ");
        put_string(b, cp_site_state(s));
        PUT_LIT(b, ", \"kind\": ");
        put_name(b, cp_site_kind_name(s->kind));
        PUT_LIT(b, ", \"lat\": ");
        if (s->has_coordinates)
            put_double(b, s->lat);
        else
            PUT_LIT(b, "null");
        PUT_LIT(b, ", \"lon\": ");
        if (s->has_coordinates)
            put_double(b, s->lon);
        else
            PUT_LIT(b, "null");
        PUT_LIT(b, ", \"programs\": ");
        put_id_list(b, &s->programs, program_id_of);
        PUT_LIT(b, ",\n     ");
        put_mentions(b, &s->mentions, scratch, cap);
        PUT_LIT(b, "}");
    }
    put_str(b, n ? "\n  ],\n" : "],\n");
}

/* Compact: drop each newline and the indentation after it. Strings never
 * hold a raw newline (they are escaped), so every one is layout. */
static size_t compact(char *text, size_t size) {
    size_t w = 0;
    for (size_t r = 0; r < size; r++) {
        if (text[r] == '\n') {
            while (r + 1 < size && text[r + 1] == ' ')
                r++;
            continue;
        }
        text[w++] = text[r];
    }
    text[w] = '\0';
    return w;
}

cp_status cp_corpus_to_json(const cp_corpus *corpus, char **out, size_t *size_out) {
    return cp_corpus_to_json_ex(corpus, CP_JSON_DEFAULT, out, size_out);
}

cp_status cp_corpus_to_json_ex(const cp_corpus *corpus, uint32_t flags, char **out,
                               size_t *size_out) {
    if (!out)
        return CP_ERR_INVALID_ARGUMENT;
    *out = NULL;
    if (size_out)
        *size_out = 0;
    if (!corpus || (flags & ~(uint32_t)CP_JSON_COMPACT))
        return CP_ERR_INVALID_ARGUMENT;
    const cpi_mem *mem = cpi_corpus_mem(corpus);
    size_t n = cp_corpus_document_count(corpus);
    const cp_document **docs = cpi_mem_alloc(mem, (n ? n : 1) * sizeof *docs);
    if (!docs)
        return CP_ERR_NOMEM;
    for (size_t i = 0; i < n; i++)
        docs[i] = cp_corpus_document_at(corpus, i);
    qsort(docs, n, sizeof *docs, cmp_doc_id);

    buf b = {mem, NULL, 0, 0, false};
    put_str(&b, "{\n  \"schema\": \"crimepolicy/1\",\n");
    put_documents(&b, docs, n);
    cp_mention *scratch = NULL;
    size_t scratch_cap = 0;
    put_administrations(&b, corpus, &scratch, &scratch_cap);
    put_programs(&b, corpus, &scratch, &scratch_cap);
    put_agencies(&b, corpus, &scratch, &scratch_cap);
    put_sites(&b, corpus, &scratch, &scratch_cap);
    cpi_mem_free(mem, scratch);
    put_figures(&b, docs, n);
    put_str(&b, "}\n");
    put(&b, "", 0); /* room for the NUL */
    cpi_mem_free(mem, docs);
    if (b.failed) {
        cpi_mem_free(mem, b.h);
        return CP_ERR_NOMEM;
    }
    b.h->mem = *mem;
    b.h->text[b.size] = '\0';
    if (flags & CP_JSON_COMPACT)
        b.size = compact(b.h->text, b.size);
    *out = b.h->text;
    if (size_out)
        *size_out = b.size;
    return CP_OK;
}

void cp_string_free(char *str) {
    if (!str)
        return;
    owned_header *h = (owned_header *)(void *)(str - offsetof(owned_header, text));
    cpi_mem mem = h->mem;
    cpi_mem_free(&mem, h);
}
