/* Extraction: from a loaded document's blocks to the entities it names
 * (MODEL.md sections 3 and 5). One context per document; each extractor is a
 * module of its own and records what it finds through the helpers here. */
#ifndef CPI_EXTRACT_H
#define CPI_EXTRACT_H

#include <string.h>

#include "chars.h"
#include "entities.h"
#include "knowledge.h"

enum { CPI_MAX_PERSONS = 256 };

typedef struct cpi_span {
    size_t start, end; /* clean offsets in one block */
} cpi_span;

/* Where a site or a program was found: links are read from these. */
typedef struct cpi_hit {
    size_t block;
    size_t start, end; /* clean offsets */
    void *entity;
} cpi_hit;

/* What site extraction remembers of a document, and of every document of
 * a worker (extract_sites.c). */
struct cpi_site_memos;
struct cpi_site_cache;
struct cpi_extract_cache;

typedef struct cpi_extract {
    cpi_model *model;
    const cpi_knowledge *k;
    const cpi_mem *mem;
    struct cpi_extract_cache *cache; /* the worker's (see cpi_extract_cache) */
    cpi_arena *transient;            /* the worker's (see cpi_extract_document) */
    cp_document *doc;
    /* document context */
    unsigned state_weight[64];  /* how strongly each state is in context */
    char list_state[3];         /* while a bare name is resolved: the state of
                                 * the place just before it in a list, or "" */
    bool list_small;            /* ... and whether that place is a small town
                                 * ("Lakeland, Auburndale and Davenport") */
    bool list_mixed;            /* ... and whether the place before that one in
                                 * its block is of another state ("Tucson,
                                 * Albuquerque, Las Vegas") */
    char near_state[3];         /* ... and of the last place named before it in
                                 * its block ("In Missouri, ... Jackson County") */
    bool near_over;             /* ... which is the state of the item or heading
                                 * over its list item ("- Delaware" over "  -
                                 * Wilmington", "TEXAS" over "- Harris County") */
    bool by_agency;             /* ... and whether an agency of the place follows
                                 * it ("Leavenworth Police Department") */
    bool grant_after;           /* ... or a grant's verb ("Biloxi received",
                                 * "Meridian's application"), */
    const char *county_holds;   /* ... or, of a county, the place it holds
                                 * ("Shelby County, home to Memphis": its
                                 * name, county_holds_len bytes; NULL: none) */
    size_t county_holds_len;
    /* the tribes whose land the document names ("Navajo" of "the Navajo
     * Nation"): the same words alone are the tribe's, no town of that name
     * ("Navajo Police Chief"); in the document's text */
    const char *tribes[4];
    uint8_t tribe_len[4];
    unsigned tribe_count;
    const void *home_of[4];     /* links: the programs last asked for the place
                                 * each is named after (extract_links.c's
                                 * home_place; a lead-in's items ask two or
                                 * three in turn), */
    const void *home[4];        /* ... and those places (NULL: none), */
    unsigned home_next;         /* ... and the entry to fill next; */
    const cp_site **home_candidates; /* ... the cities and counties of the
                                      * link hits, each once, in order (heap,
                                      * from the first ask while links are
                                      * read; NULL: not asked yet), */
    size_t home_candidate_count;
    bool town_named;            /* ... or the text calls it a town ("towns such
                                 * as Gonzales"), */
    bool village_named;         /* ... or a village ("the village of
                                 * Columbus": no famous city), */
    size_t town_list_end;       /* ... and where the last such place ended
                                 * (0: none), for the rest of its list */
    size_t noun_list_hit;       /* site hits when the last one was a county of
                                 * "parishes such as X and Y", else 0 */
    bool noun_list_parish;
    /* the places the document qualifies by a state ("Springfield,
     * Illinois"), up to 8: a bare name of one, read in a block before it
     * (not the title), is not weighed to that state by it */
    struct cpi_qualified {
        const char *text; /* its block's */
        uint32_t comma;   /* where the place's name ends */
        uint32_t block;
        int8_t state;
    } qualified[8];
    unsigned qualified_count;
    size_t weighing_block; /* the block weigh_states_and_speakers is in */
    size_t reading_block;  /* the block read_blocks is in */
    /* a station's name before its number ("Coastal 9" of "Coastal 9 News"):
     * its number is part of the name wherever the name comes again */
    char station[32];
    unsigned char station_len;
    size_t person_count; /* (the surnames themselves are last, below) */
    /* what the document names, in order of first mention (heap) */
    const cp_site **sites;
    size_t site_count, site_cap;
    uint64_t site_states;   /* bit i: a site of state row i is among them */
    uint16_t state_places[64]; /* the hits of places (no states) of state row i,
                                * up to 65,535 */
    struct cpi_site_memos *site_memos; /* while sites are read (on its stack) */
    const cp_official **officials;
    size_t official_count, official_cap;
    cp_program **programs;
    size_t program_count, program_cap;
    cp_figure *figures; /* copied to the document's array at the end */
    size_t figure_count, figure_cap;
    cpi_hit *site_hits, *program_hits, *agency_hits;
    size_t site_hit_count, site_hit_cap, program_hit_count, program_hit_cap;
    size_t agency_hit_count, agency_hit_cap;
    /* the capitalised words of every block, where names start: found once
     * (cpi_next_capital), read by several extractors (in the model's
     * scratch arena, else the heap: see extract.c) */
    uint32_t *capitals;       /* clean offsets, block after block */
    size_t *capitals_from;    /* block b's: [capitals_from[b], capitals_from[b + 1]) */
    /* ... and, found with the index, which dictionaries' three-byte filter
     * each capital's first three bytes pass (CPI_CAP_ bits; 0 when fewer
     * than three bytes are left): one hash of those bytes, one look-up, for
     * every extractor that looks up phrases at capitals (in the capitals'
     * allocation, after their offsets) */
    uint8_t *capital_class;
    size_t programs_before; /* programs in the model before this document */
    /* the names of a place's unit of a known program that programs merged
     * into the program ("the Chicago Firearms Trafficking Strike Force"):
     * where each hit starts, its place's length, the program; for links */
    struct cpi_unit_place {
        size_t block, start, place_len;
        cp_program *program;
    } unit_places[8];
    unsigned unit_place_count;
    size_t mentions;        /* mentions and figures found, against CP_MAX_MENTIONS */
    bool over_limit;
    uint64_t generation;    /* marks the entities this document lists (seen_in) */
    /* surnames of people named, [0, person_count): last, as the only fields
     * not zeroed when a context is made (4 KB, nearly all unused) */
    const char *persons[CPI_MAX_PERSONS];
    size_t person_len[CPI_MAX_PERSONS];
} cpi_extract;

/* The bits of capital_class: the dictionaries whose three-byte filter
 * passes (cpi_dict_triple_bit of the capital's first three bytes in their
 * triples). Without its bit, cpi_dict_match_word finds nothing at the
 * capital in a dictionary without one- or two-byte phrases (!d->shorts);
 * with it, what cpi_dict_scan(d, t, n, i, false, true) finds. */
enum {
    CPI_CAP_TITLE = 1,     /* k->titles */
    CPI_CAP_AGENCY = 2,    /* k->agencies */
    CPI_CAP_PROGRAM = 4,   /* k->programs */
    CPI_CAP_PRESIDENT = 8, /* k->presidents */
    CPI_CAP_REGION = 16,   /* k->regions */
};

/* A walk over one block's capitalised words. */
typedef struct cpi_capitals {
    const uint32_t *at, *end;
} cpi_capitals;

static inline cpi_capitals cpi_capitals_of(const cpi_extract *x, size_t block) {
    cpi_capitals c = {x->capitals + x->capitals_from[block],
                      x->capitals + x->capitals_from[block + 1]};
    return c;
}

/* The first capitalised word of the walk at or after pos: its start, or n
 * when there is none (the walk only moves forward). */
static inline size_t cpi_capitals_next(cpi_capitals *c, size_t pos, size_t n) {
    /* (in locals: the walk is often passed to calls, so that the compiler
     * would read and write c->at at each step) */
    const uint32_t *at = c->at, *end = c->end;
    while (at < end && *at < pos)
        at++;
    c->at = at;
    return at < end ? *at : n;
}

/* Record where an entity was found (heap scratch of the extraction). */
bool cpi_hit_add_slow(cpi_extract *x, cpi_hit **hits, size_t *count, size_t *cap,
                      size_t block, size_t start, size_t end, void *entity);
/* (inline: below the limit, with room, as nearly every hit is) */
static inline bool cpi_hit_add(cpi_extract *x, cpi_hit **hits, size_t *count, size_t *cap,
                               size_t block, size_t start, size_t end, void *entity) {
    if (x->mentions < CP_MAX_MENTIONS && *count < *cap) {
        x->mentions++; /* (cpi_count_mention, within the limit) */
        cpi_hit h = {block, start, end, entity};
        (*hits)[(*count)++] = h;
        return true;
    }
    return cpi_hit_add_slow(x, hits, count, cap, block, start, end, entity);
}

/* What extraction keeps on one thread from one document to the next (the
 * corpus keeps one per worker): the memory of a document's working lists,
 * emptied and reused rather than allocated and freed for each document;
 * and the sites' look-ups of names in the gazetteer, which depend on the
 * name (and a state) alone. Nothing in it changes what a document gives. */
typedef struct cpi_extract_cache {
    const cpi_mem *mem;
    const cp_site **sites;
    const cp_official **officials;
    cp_program **programs;
    cp_figure *figures;
    cpi_hit *site_hits, *program_hits, *agency_hits;
    size_t site_cap, official_cap, program_cap, figure_cap;
    size_t site_hit_cap, program_hit_cap, agency_hit_cap;
    struct cpi_site_cache *sites_read; /* extract_sites.c's; made on first use */
    /* the capital_class of each three-byte hash (cpi_dict_triple_bit) under
     * the knowledge class_knowledge: made on first use, one look-up a
     * capital instead of one in each dictionary's filter */
    uint8_t *triple_class;
    const cpi_knowledge *class_knowledge;
} cpi_extract_cache;

void cpi_extract_cache_init(cpi_extract_cache *c, const cpi_mem *mem);
void cpi_extract_cache_release(cpi_extract_cache *c);

/* Extract everything from one document into the model: CP_OK, CP_ERR_NOMEM,
 * or CP_ERR_LIMIT for more than CP_MAX_MENTIONS mentions and figures (the
 * caller aborts the load). `cache` is the calling thread's (its memory
 * comes from m's allocator), and so is `transient`, an arena for what the
 * extraction needs while it runs and never after (the caller empties it
 * between documents). */
cp_status cpi_extract_document(cpi_model *m, const cpi_knowledge *k, cpi_extract_cache *cache,
                               cpi_arena *transient, cp_document *doc);

/* Count one more mention or figure; false (and over_limit) past the limit. */
bool cpi_count_mention(cpi_extract *x);

bool cpi_extract_administration(cpi_extract *x);
bool cpi_extract_agencies(cpi_extract *x);
/* The agency named at the capital t[i] of block b (a readable block; i an
 * entry of the capitals index whose three bytes pass the agencies'
 * filter, and whose run of letters too: cpi_agency_runs), if any: its
 * mention and hit recorded, *end set to its end. False only when out of
 * memory. (extract_officials reads the agencies on its walk over the
 * capitals.) */
bool cpi_agency_at(cpi_extract *x, size_t b, const char *t, size_t n, size_t i, size_t *end);
/* Bit L of cpi_agency_runs[c - 'A']: some agency's phrase starts with the
 * capital c and a run of L ASCII letters (L < 16). */
extern const uint32_t cpi_agency_runs[26];
bool cpi_extract_sites(cpi_extract *x);
bool cpi_extract_programs(cpi_extract *x);
bool cpi_extract_links(cpi_extract *x);
bool cpi_extract_figures(cpi_extract *x);

/* ---- shared helpers ---- */

/* Is a block running text to read for entities? Print artefacts and metadata
 * lines never are; datelines are not when `datelines` is false. */
static inline bool cpi_block_readable(const cp_block *b, bool datelines) {
    if (b->kind == CP_BLOCK_ARTEFACT || b->kind == CP_BLOCK_METADATA)
        return false;
    return datelines || b->kind != CP_BLOCK_DATELINE;
}

/* Is text[pos] the start of a word? */
static inline bool cpi_word_start(const char *t, size_t pos) {
    return pos == 0 || !(cpi_class(t[pos - 1]) & (CPI_UPPER | CPI_LOWER | CPI_DIGIT | CPI_HIGH |
                                                   CPI_JOINER));
}
/* The end of the word that starts at pos (letters, digits, '.', '\'', '-'
 * and '&' inside; a final '.' only for abbreviations like "D.C."). */
size_t cpi_word_end(const char *t, size_t size, size_t pos);
/* The first word at or after pos that starts with a capital letter (A-Z):
 * its start, or n (pos itself when pos > n). Names are what most
 * extractors look for, and a few bytes in a hundred are capitals, so the
 * search goes eight bytes at a time. */
size_t cpi_next_capital(const char *t, size_t n, size_t pos);
/* Is s[0..n) exactly the NUL-terminated z? (No strlen: lists of words are
 * compared at every word of a text.) */
static inline bool cpi_str_eq(const char *z, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (z[i] != s[i])
            return false; /* also where z ends first: texts hold no NUL */
    return z[n] == '\0';
}

/* Does the clean text at pos start with the word w (whole word)? */
static inline bool cpi_word_is(const char *t, size_t size, size_t pos, const char *w) {
    if (pos >= size || t[pos] != w[0])
        return false; /* most calls end here */
    size_t k = 1; /* words are short: compare as we go, no strlen */
    for (; w[k]; k++)
        if (pos + k >= size || t[pos + k] != w[k])
            return false;
    return pos + k == size || !cpi_inner_char(t[pos + k]);
}
/* The length of the literal z if t[pos..n) starts with it, else 0. Lists of
 * phrases are tried at many places: the usual first-byte miss costs one
 * compare, and there is no strlen. */
static inline size_t cpi_starts_with(const char *t, size_t n, size_t pos, const char *z) {
    size_t k = 0;
    for (; z[k]; k++)
        if (pos + k >= n || t[pos + k] != z[k])
            return 0;
    return k;
}
/* The length of the first of `count` phrases that t[pos..n) starts with,
 * ending at a word's end (no letter follows), else 0. */
static inline size_t cpi_phrase_at(const char *t, size_t n, size_t pos,
                                   const char *const *phrases, size_t count) {
    for (size_t i = 0; i < count; i++) {
        size_t len = cpi_starts_with(t, n, pos, phrases[i]);
        if (len && (pos + len == n || !cpi_is_alpha(t[pos + len])))
            return len;
    }
    return 0;
}
#define CPI_PHRASES(list) (list), (sizeof(list) / sizeof((list)[0]))
/* Are two points (degrees) within 100 km of each other, as one metro
 * area's cities are, across a state line too? (Degrees of longitude
 * shrink with the cosine of the latitude: 0.6 to 0.9 in the states the
 * gazetteer holds, 0.75 here.) */
static inline bool cpi_one_metro(double lat_a, double lon_a, double lat_b, double lon_b) {
    double dy = (lat_a - lat_b) * 111.0, dx = (lon_a - lon_b) * 111.0 * 0.75;
    return dx * dx + dy * dy < 100.0 * 100.0;
}

/* The length of the first of the `count` literals that t[pos..n) starts
 * with, whatever follows it (a literal that ends in a space lets any word
 * follow), else 0. */
static inline size_t cpi_prefix_at(const char *t, size_t n, size_t pos,
                                   const char *const *list, size_t count) {
    for (size_t i = 0; i < count; i++) {
        size_t len = cpi_starts_with(t, n, pos, list[i]);
        if (len)
            return len;
    }
    return 0;
}
/* Does a[0..n) spell b[0..n) in either case (bytes equal but for 0x20)? */
static inline bool cpi_same_letters(const char *a, const char *b, size_t n) {
    size_t j = 0;
    while (j < n && (a[j] | 0x20) == (b[j] | 0x20))
        j++;
    return j == n;
}

/* The length of the literal z if t[0..pos) ends with it, else 0. */
static inline size_t cpi_ends_with(const char *t, size_t pos, const char *z) {
    size_t len = 0;
    while (z[len])
        len++;
    if (len > pos)
        return 0;
    for (size_t i = len; i-- > 0;)
        if (t[pos - len + i] != z[i])
            return 0;
    return len;
}
/* Does t[0..start) end with "in" after a noun or verb of a gathering ("a
 * meeting in ", "a summit in ", "gathered in "), or after one, "of" and up
 * to three words ("a
 * gathering of police chiefs in "; a speech's "to": "a speech to police
 * chiefs in ")? The place after is where people meet. */
bool cpi_gathering_before(const char *t, size_t start);
/* Is w[0..n) one of the `count` words of `list`? The list must be sorted
 * by strcmp (debug builds check): a binary search, not a compare per word.
 * CPI_WORDS(list) passes a static array and its length. */
bool cpi_word_in(const char *const *list, size_t count, const char *w, size_t n);
#define CPI_WORDS(list) (list), (sizeof(list) / sizeof((list)[0]))
/* The number of ASCII letters from t[i] on, counted up to `limit` (at
 * most 16): eight bytes at a time where the compiler allows. */
static inline size_t cpi_letter_run(const char *t, size_t n, size_t i, size_t limit) {
    size_t run = 0;
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    for (; run < limit && i + run + 8 <= n; run += 8) {
        uint64_t v;
        memcpy(&v, t + i + run, 8);
        uint64_t low = (v | 0x20 * ones) & ~high; /* lower-cased, below 0x80 */
        uint64_t letter = (low + (0x80 - 'a') * ones) & ~(low + (0x80 - 'z' - 1) * ones);
        uint64_t other = (~letter | v) & high; /* the high bit of each non-letter */
        if (other) {
            run += (size_t)__builtin_ctzll(other) / 8;
            return run < limit ? run : limit;
        }
    }
#endif
    while (i + run < n && run < limit && cpi_is_alpha(t[i + run]))
        run++;
    return run < limit ? run : limit;
}
/* The whole word (letters, digits, UTF-8) at pos: its length. */
static inline size_t cpi_inner_len(const char *t, size_t size, size_t pos) {
    size_t e = pos;
    while (e < size && cpi_inner_char(t[e]))
        e++;
    return e - pos;
}
/* The word before pos (skipping spaces): its start, or SIZE_MAX. */
size_t cpi_prev_word(const char *t, size_t pos);

/* Record a mention of a person's surname, so that it is not read as a place. */
void cpi_note_person(cpi_extract *x, const char *surname, size_t len);
bool cpi_is_person(const cpi_extract *x, const char *word, size_t len);

/* Read the number written at t[i] (digits with separators, "$", scales and
 * "%", or number words): its clean end and value. False when none starts
 * there. Used by the figures extractor and the number fuzzer. */
bool cpi_read_number(const char *t, size_t n, size_t i, size_t *end, double *value);

/* A mention in the original bytes of a clean span of a block. */
cp_mention cpi_mention_of(const cpi_extract *x, const cp_block *b, size_t start, size_t end);
/* The same (inline: most blocks have no offset map, their text one run of
 * the original bytes; the others are left to cpi_mention_of). */
static inline cp_mention cpi_mention_at(const cpi_extract *x, const cp_block *b, size_t start,
                                        size_t end) {
    if (b->seg_count)
        return cpi_mention_of(x, b, start, end);
    size_t size = b->text_size;
    size_t orig = (uint32_t)(b->start + b->identity_skip);
    cp_mention m = {x->doc, (uint32_t)(orig + (start < size ? start : size)),
                    (uint32_t)(orig + (end < size ? end : size))};
    return m;
}

#endif
