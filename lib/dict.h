/* Phrase dictionaries: find the longest known phrase (an agency's name, a
 * state's AP abbreviation, a region) that starts at a word of a clean text.
 * Built once per corpus from the compiled tables; lookups are a binary
 * search on the first word, then a compare of the few phrases sharing it. */
#ifndef CPI_DICT_H
#define CPI_DICT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

typedef struct cpi_dict_entry {
    const char *phrase;
    size_t len;
    size_t first; /* length of the phrase's first word */
    uint32_t value;
} cpi_dict_entry;

typedef struct cpi_dict {
    cpi_dict_entry *entries; /* heap, sorted by phrase */
    size_t count, cap;
    uint32_t first[257]; /* entries whose phrase starts with byte b: [first[b], first[b+1]) */
    /* A filter on the first two bytes of the phrases (hashed into 8192
     * bits; one-byte phrases in `single`): most words a lookup is tried
     * on start no phrase, and are turned away without a scan. */
    uint64_t pairs[128];
    uint64_t single[4];
} cpi_dict;

/* Add every '|'-separated phrase of `list` with `value`. */
bool cpi_dict_add_list(const cpi_mem *mem, cpi_dict *d, const char *list, uint32_t value);
bool cpi_dict_add(const cpi_mem *mem, cpi_dict *d, const char *phrase, size_t len,
                  uint32_t value);
void cpi_dict_sort(cpi_dict *d);
void cpi_dict_release(const cpi_mem *mem, cpi_dict *d);

/* The longest phrase equal to text[pos..pos+len) that ends at a word
 * boundary; NULL if none. Case-sensitive. */
const cpi_dict_entry *cpi_dict_match(const cpi_dict *d, const char *text, size_t size,
                                     size_t pos);

/* Fold a name for comparison into out (at most cap-1 bytes + NUL): lowercase
 * ASCII, accents removed, '.' and '\'' dropped, other punctuation to spaces,
 * spaces collapsed. Returns the folded length. */
size_t cpi_fold(const char *s, size_t n, char *out, size_t cap);

#endif
