/* Knowledge: the compiled tables made searchable in text. One instance per
 * corpus, built from the tables when the corpus is made; read-only after. */
#ifndef CPI_KNOWLEDGE_H
#define CPI_KNOWLEDGE_H

#include "dict.h"
#include "tables.h"

typedef struct cpi_knowledge {
    cpi_dict states;     /* names and AP abbreviations -> state index */
    cpi_dict postal;     /* "MO" -> state index */
    cpi_dict regions;    /* names and aliases -> region index */
    cpi_dict joined;     /* cpi_joined_names' names -> their index */
    cpi_dict agencies;   /* names, aliases, acronyms -> agency index */
    cpi_dict presidents; /* forms -> presidency index */
    cpi_dict programs;   /* names, acronyms, aliases -> known program index */
    cpi_dict titles;     /* officials' roles (< CPI_TITLE_OTHER) and other titles */
    char *head_variants; /* the programs' names with their heads in lower case (heap) */
} cpi_knowledge;

enum { CPI_TITLE_OTHER = 1000 };

/* Add the titles that introduce a person's name (extract_admin.c). */
bool cpi_titles_add(const cpi_mem *mem, cpi_dict *d);

bool cpi_knowledge_init(cpi_knowledge *k, const cpi_mem *mem);
void cpi_knowledge_release(cpi_knowledge *k, const cpi_mem *mem);

/* Places and counties with this folded key: [*first, *first + count). */
size_t cpi_find_places(const char *key, size_t *first);
size_t cpi_find_counties(const char *key, size_t *first);
/* The state with this postal code, or -1. */
int cpi_state_by_code(const char *code);

/* A filter before the dictionaries `states` and `postal`, on the first
 * three bytes of a state's name, AP abbreviation or code: row a * 56 + m
 * for a first byte A-Z and a second coded m, bit c for a third coded c.
 * Bytes are coded by cpi_state_byte_codes: a-z 1-26, A-Z 27-52, '.' 53,
 * ' ' 54, any other 0. Generated with the tables. */
extern const uint64_t cpi_state_starts[26 * 56];
extern const uint8_t cpi_state_byte_codes[256];

/* May a state's name, AP abbreviation or code start at t[pos]? Most
 * capitalised words of a text ("The", "Police", "Department") start none,
 * as their first three bytes tell without a dictionary lookup. */
static inline bool cpi_may_start_state(const char *t, size_t n, size_t pos) {
    if (pos + 1 >= n) /* (each has two bytes or more) */
        return false;
    unsigned a = (unsigned char)t[pos] - 'A';
    unsigned m = cpi_state_byte_codes[(unsigned char)t[pos + 1]];
    unsigned c = pos + 2 < n ? cpi_state_byte_codes[(unsigned char)t[pos + 2]] : 0;
    return a < 26 && (cpi_state_starts[a * 56 + m] >> c) & 1;
}

#endif
