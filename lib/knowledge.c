/* Knowledge (see knowledge.h): phrase dictionaries over the compiled tables,
 * and binary searches of the sorted gazetteer. */
#include "knowledge.h"

#include <assert.h>
#include <string.h>

const uint64_t cpi_state_starts[26 * 56] = {
#include "tables/state_starts.inc"
};

const uint8_t cpi_state_byte_codes[256] = {
    ['a'] = 1,  ['b'] = 2,  ['c'] = 3,  ['d'] = 4,  ['e'] = 5,  ['f'] = 6,  ['g'] = 7,
    ['h'] = 8,  ['i'] = 9,  ['j'] = 10, ['k'] = 11, ['l'] = 12, ['m'] = 13, ['n'] = 14,
    ['o'] = 15, ['p'] = 16, ['q'] = 17, ['r'] = 18, ['s'] = 19, ['t'] = 20, ['u'] = 21,
    ['v'] = 22, ['w'] = 23, ['x'] = 24, ['y'] = 25, ['z'] = 26, ['A'] = 27, ['B'] = 28,
    ['C'] = 29, ['D'] = 30, ['E'] = 31, ['F'] = 32, ['G'] = 33, ['H'] = 34, ['I'] = 35,
    ['J'] = 36, ['K'] = 37, ['L'] = 38, ['M'] = 39, ['N'] = 40, ['O'] = 41, ['P'] = 42,
    ['Q'] = 43, ['R'] = 44, ['S'] = 45, ['T'] = 46, ['U'] = 47, ['V'] = 48, ['W'] = 49,
    ['X'] = 50, ['Y'] = 51, ['Z'] = 52, ['.'] = 53, [' '] = 54,
};

bool cpi_knowledge_init(cpi_knowledge *k, const cpi_mem *mem) {
    memset(k, 0, sizeof *k);
    for (size_t i = 0; i < cpi_state_count; i++) {
        const cpi_state *s = &cpi_states[i];
        if (!cpi_dict_add_list(mem, &k->states, s->name, (uint32_t)i) ||
            !cpi_dict_add_list(mem, &k->states, s->ap, (uint32_t)i) ||
            !cpi_dict_add_list(mem, &k->postal, s->code, (uint32_t)i))
            goto fail;
    }
    for (size_t i = 0; i < cpi_region_count; i++)
        if (!cpi_dict_add_list(mem, &k->regions, cpi_regions[i].name, (uint32_t)i) ||
            !cpi_dict_add_list(mem, &k->regions, cpi_regions[i].aliases, (uint32_t)i))
            goto fail;
    for (size_t i = 0; i < cpi_agency_count; i++) {
        const cpi_agency *a = &cpi_agencies[i];
        if (!cpi_dict_add_list(mem, &k->agencies, a->name, (uint32_t)i) ||
            !cpi_dict_add_list(mem, &k->agencies, a->acronym, (uint32_t)i) ||
            !cpi_dict_add_list(mem, &k->agencies, a->aliases, (uint32_t)i))
            goto fail;
    }
    for (size_t i = 0; i < cpi_presidency_count; i++)
        if (!cpi_dict_add_list(mem, &k->presidents, cpi_presidencies[i].forms, (uint32_t)i))
            goto fail;
    for (size_t i = 0; i < cpi_known_program_count; i++) {
        const cpi_known_program *p = &cpi_known_programs[i];
        if (!cpi_dict_add_list(mem, &k->programs, p->name, (uint32_t)i) ||
            !cpi_dict_add_list(mem, &k->programs, p->acronym, (uint32_t)i) ||
            !cpi_dict_add_list(mem, &k->programs, p->aliases, (uint32_t)i))
            goto fail;
    }
    if (!cpi_titles_add(mem, &k->titles))
        goto fail;
    cpi_dict_sort(&k->titles);
    cpi_dict_sort(&k->programs);
    cpi_dict_sort(&k->states);
    cpi_dict_sort(&k->postal);
    cpi_dict_sort(&k->regions);
    cpi_dict_sort(&k->agencies);
    cpi_dict_sort(&k->presidents);
#ifndef NDEBUG
    /* the filter lets every state's name, abbreviation and code through */
    for (size_t i = 0; i < k->states.count; i++)
        assert(cpi_may_start_state(k->states.entries[i].phrase, k->states.entries[i].len, 0));
    for (size_t i = 0; i < k->postal.count; i++)
        assert(cpi_may_start_state(k->postal.entries[i].phrase, k->postal.entries[i].len, 0));
#endif
    return true;
fail:
    cpi_knowledge_release(k, mem);
    return false;
}

void cpi_knowledge_release(cpi_knowledge *k, const cpi_mem *mem) {
    cpi_dict_release(mem, &k->states);
    cpi_dict_release(mem, &k->postal);
    cpi_dict_release(mem, &k->regions);
    cpi_dict_release(mem, &k->agencies);
    cpi_dict_release(mem, &k->presidents);
    cpi_dict_release(mem, &k->programs);
    cpi_dict_release(mem, &k->titles);
}

/* A folded key byte as the prefix indexes code it; -1 for a byte no key has. */
static int prefix_code(char c) {
    if (c == '\0' || c == ' ')
        return 0;
    if (c >= '0' && c <= '9')
        return 1 + (c - '0');
    if (c >= 'a' && c <= 'z')
        return 11 + (c - 'a');
    return -1;
}

/* strcmp(a, b) for keys known to agree on their first *same bytes, which
 * it moves to how far they agree. Keys share long prefixes ("san antonio",
 * "san diego" ...): the search below skips what it knows to be equal. */
static inline int key_cmp(const char *a, const char *b, size_t *same) {
    size_t i = *same;
    while (a[i] == b[i] && a[i])
        i++;
    *same = i;
    return (int)(unsigned char)a[i] - (int)(unsigned char)b[i];
}

/* The rows of a sorted table whose key is `key`. The prefix index narrows
 * the search to the keys sharing its first two bytes (a few dozen rows of
 * thousands): they agree with it on both, or on the first when the second
 * is coded 0 (a key's end and a space share that code). A binary search
 * then finds the first equal one; every key between two it has read shares
 * with `key` the shorter of their common prefixes with it, so each compare
 * starts there. Equal keys are one string in the table (identical literals
 * of one file), else compared. */
#define FIND_BY_KEY(table, prefixes, key, first)                                          \
    do {                                                                                 \
        int a = prefix_code((key)[0]), b = a > 0 ? prefix_code((key)[1]) : 0;             \
        *(first) = 0;                                                                    \
        if (a <= 0 || b < 0)                                                             \
            return 0;                                                                    \
        size_t p = (size_t)a * CPI_PREFIX_CODES + (size_t)b;                             \
        size_t lo = (prefixes)[p], hi = (prefixes)[p + 1], count = hi;                  \
        size_t lo_same = b > 0 ? 2 : 1, hi_same = lo_same;                               \
        while (lo < hi) {                                                                \
            size_t mid = lo + (hi - lo) / 2;                                             \
            size_t same = lo_same < hi_same ? lo_same : hi_same;                         \
            if (key_cmp((table)[mid].key, (key), &same) < 0) {                           \
                lo = mid + 1;                                                            \
                lo_same = same;                                                          \
            } else {                                                                     \
                hi = mid;                                                                \
                hi_same = same;                                                          \
            }                                                                            \
        }                                                                                \
        size_t end = lo, same = hi_same;                                                 \
        if (end < count && key_cmp((table)[end].key, (key), &same) == 0)                 \
            for (end++; end < count; end++) {                                            \
                size_t from = 0;                                                         \
                if ((table)[end].key != (table)[lo].key &&                               \
                    key_cmp((table)[end].key, (key), &from) != 0)                        \
                    break;                                                               \
            }                                                                            \
        *(first) = lo;                                                                   \
        return end - lo;                                                                 \
    } while (0)

size_t cpi_find_places(const char *key, size_t *first) {
    FIND_BY_KEY(cpi_places, cpi_place_prefixes, key, first);
}

size_t cpi_find_counties(const char *key, size_t *first) {
    FIND_BY_KEY(cpi_counties, cpi_county_prefixes, key, first);
}

int cpi_state_by_code(const char *code) {
    unsigned a = (unsigned char)code[0] - 'A';
    if (a >= 26)
        return -1; /* also the empty string */
    unsigned b = (unsigned char)code[1] - 'A';
    if (b >= 26 || code[2] != '\0')
        return -1;
    return cpi_state_code_index[a * 26 + b];
}
