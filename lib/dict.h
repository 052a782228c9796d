/* Phrase dictionaries: find the longest known phrase (an agency's name, a
 * state's AP abbreviation, a region) that starts at a word of a clean text.
 * Built once per corpus from the compiled tables. A lookup is turned away by
 * bit filters on the phrases' first bytes when nothing can start there (most
 * words); otherwise a binary search finds the phrases that share the text's
 * first three bytes, and only those are compared. */
#ifndef CPI_DICT_H
#define CPI_DICT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "chars.h"

typedef struct cpi_dict_entry {
    const char *phrase;
    size_t len;
    size_t first; /* length of the phrase's first word */
    uint64_t head; /* the phrase's first 8 bytes, big-endian, zero-padded */
    uint64_t mask; /* the bits of head that are the phrase's (its first len bytes) */
    uint64_t next; /* bytes 8 to 15 as head, and their mask: a long phrase */
    uint64_t next_mask; /* is compared 8 more bytes at a time */
    uint32_t value;
} cpi_dict_entry;

/* The entries [lo, hi) whose phrases start with the three bytes `key`
 * (big-endian, as in a head). */
typedef struct cpi_dict_run {
    uint32_t key;
    uint32_t lo, hi;
} cpi_dict_run;

typedef struct cpi_dict {
    cpi_dict_entry *entries; /* heap, sorted by phrase */
    size_t count, cap;
    uint32_t first[257]; /* entries whose phrase starts with byte b: [first[b], first[b+1]) */
    /* Filters on how phrases start, so that most words a lookup is tried
     * on (which start no phrase) are turned away without a scan: the first
     * byte of one-byte phrases, the two bytes of two-byte phrases, and the
     * first three bytes of longer ones (hashed into 16384 bits). */
    bool shorts; /* any one- or two-byte phrase (some dictionaries have none) */
    uint64_t single[4];
    uint64_t pairs[128];
    uint64_t triples[256];
    /* The phrases of three bytes or more that share their first three
     * bytes sit together in sorted order: an open-addressing table from
     * those bytes to their run, so that a lookup goes straight to it. */
    cpi_dict_run *runs; /* heap, runs_mask + 1 slots, key 0 empty */
    size_t runs_mask;
} cpi_dict;

/* Add every '|'-separated phrase of `list` with `value`. */
bool cpi_dict_add_list(const cpi_mem *mem, cpi_dict *d, const char *list, uint32_t value);
bool cpi_dict_add(const cpi_mem *mem, cpi_dict *d, const char *phrase, size_t len,
                  uint32_t value);
/* Sort the phrases and build the filters and the run table; false when out
 * of memory. */
bool cpi_dict_sort(const cpi_mem *mem, cpi_dict *d);
void cpi_dict_release(const cpi_mem *mem, cpi_dict *d);

/* The filters, inline: most lookups end here. */
static inline size_t cpi_dict_pair_bit(unsigned char a, unsigned char b) {
    return ((size_t)(a & 0x3F) << 7) | (b & 0x7F);
}
static inline size_t cpi_dict_triple_bit(unsigned char a, unsigned char b, unsigned char c) {
    return (cpi_dict_pair_bit(a, b) * 31u + c) & 16383u;
}
static inline bool cpi_dict_has_bit(const uint64_t *set, size_t bit) {
    return (set[bit >> 6] >> (bit & 63)) & 1;
}
static inline bool cpi_dict_word_char(unsigned char c) { return cpi_inner_char((char)c); }

/* The scan behind cpi_dict_match, once a filter lets a lookup through. */
const cpi_dict_entry *cpi_dict_scan(const cpi_dict *d, const char *text, size_t size,
                                    size_t pos, bool shorts, bool longs);

/* The longest phrase equal to text[pos..pos+len) that ends at a word
 * boundary; NULL if none. Case-sensitive. */
static inline const cpi_dict_entry *cpi_dict_match(const cpi_dict *d, const char *text,
                                                   size_t size, size_t pos) {
    if (pos >= size || (pos > 0 && cpi_dict_word_char((unsigned char)text[pos - 1]) &&
                        cpi_dict_word_char((unsigned char)text[pos])))
        return NULL;
    const unsigned char *u = (const unsigned char *)text + pos;
    size_t left = size - pos;
    bool shorts = cpi_dict_has_bit(d->single, u[0]) ||
                  (left >= 2 && cpi_dict_has_bit(d->pairs, cpi_dict_pair_bit(u[0], u[1])));
    bool longs =
        left >= 3 && cpi_dict_has_bit(d->triples, cpi_dict_triple_bit(u[0], u[1], u[2]));
    if (!shorts && !longs)
        return NULL;
    return cpi_dict_scan(d, text, size, pos, shorts, longs);
}

/* cpi_dict_match at pos where a word starts (no letter, digit or UTF-8 byte
 * before it), for the hottest loops: no boundary test, and in a dictionary
 * without one- or two-byte phrases the one filter on three bytes. */
static inline const cpi_dict_entry *cpi_dict_match_word(const cpi_dict *d, const char *text,
                                                        size_t size, size_t pos) {
    if (d->shorts)
        return cpi_dict_match(d, text, size, pos);
    const unsigned char *u = (const unsigned char *)text + pos;
    if (size - pos < 3 || !cpi_dict_has_bit(d->triples, cpi_dict_triple_bit(u[0], u[1], u[2])))
        return NULL;
    return cpi_dict_scan(d, text, size, pos, false, true);
}

/* Fold a name for comparison into out (at most cap-1 bytes + NUL): lowercase
 * ASCII, accents removed, '.' and '\'' dropped, other punctuation to spaces,
 * spaces collapsed. Returns the folded length. */
size_t cpi_fold(const char *s, size_t n, char *out, size_t cap);

#endif
