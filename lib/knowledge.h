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
    cpi_dict agencies;   /* names, aliases, acronyms -> agency index */
    cpi_dict presidents; /* forms -> presidency index */
    cpi_dict programs;   /* names, acronyms, aliases -> known program index */
    cpi_dict titles;     /* officials' roles (< CPI_TITLE_OTHER) and other titles */
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

#endif
