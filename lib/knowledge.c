/* Knowledge (see knowledge.h): phrase dictionaries over the compiled tables,
 * and hash lookups in the sorted gazetteer. */
#include "knowledge.h"

#include <assert.h>
#include <string.h>

#include "hash.h"

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

/* A known program's name or alias with its generic last words in lower
 * case, as running text writes them ("Byrne formula grant", "Safe Streets
 * task forces"), into out (room for n + 1 bytes): its length, or 0 when
 * no last word is generic or nothing would be left in capitals. */
static size_t lower_heads(const char *p, size_t n, char *out) {
    static const char *const HEADS[] = {
        "Center",   "Centers",    "Force",       "Forces",  "Formula",     "Grant",
        "Grants",   "Initiative", "Initiatives", "Network", "Partnership", "Program",
        "Programs", "Task",       "Team",        "Teams"};
    memcpy(out, p, n);
    out[n] = '\0';
    size_t end = n, lowered = 0;
    while (end > 0) {
        size_t start = end;
        while (start > 0 && out[start - 1] != ' ')
            start--;
        bool head = false;
        for (size_t k = 0; k < sizeof HEADS / sizeof HEADS[0] && !head; k++)
            head = strlen(HEADS[k]) == end - start &&
                   memcmp(HEADS[k], out + start, end - start) == 0;
        if (!head || start == 0)
            break; /* (a name of heads alone keeps them) */
        out[start] = (char)(out[start] | 0x20);
        lowered++;
        end = start - 1;
    }
    return lowered ? n : 0;
}

/* The words of a known grant program's name before its last word
 * "Program" ("COPS Hiring Program"), which running text writes with "grant"
 * or "grants" ("a COPS Hiring grant") or, when three words or more, alone
 * ("Byrne Criminal Justice Innovation"): their length, or 0. */
static size_t grant_stem(const char *p, size_t n) {
    static const char PROGRAM[] = " Program";
    size_t len = sizeof PROGRAM - 1;
    if (n <= len || memcmp(p + n - len, PROGRAM, len) != 0)
        return 0;
    size_t stem = n - len;
    if (memchr(p, ' ', stem) == NULL ||
        (stem >= 6 && memcmp(p + stem - 6, " Grant", 6) == 0))
        return 0; /* (one word; "Byrne Formula Grant Program" has its own) */
    return stem;
}

/* Is the stem p[0..n) three words or more? */
static bool three_words(const char *p, size_t n) {
    size_t spaces = 0;
    for (size_t i = 0; i < n; i++)
        spaces += p[i] == ' ';
    return spaces >= 2;
}

/* Add one variant, written at *at, to the programs' dictionary. */
static bool add_variant(cpi_knowledge *k, const cpi_mem *mem, char **at, size_t len,
                        size_t program) {
    (*at)[len] = '\0';
    if (!cpi_dict_add(mem, &k->programs, *at, len, (uint32_t)program))
        return false;
    *at += len + 1;
    return true;
}

/* The grant variants (grant_stem) of a grant program's name or alias
 * p[0..n), written from *at. */
static bool add_grant_variants(cpi_knowledge *k, const cpi_mem *mem, char **at,
                               const char *p, size_t n, size_t program) {
    static const char *const GRANT[] = {" grant", " grants"};
    size_t stem = grant_stem(p, n);
    if (!stem)
        return true;
    for (size_t g = 0; g < 2; g++) {
        memcpy(*at, p, stem);
        memcpy(*at + stem, GRANT[g], strlen(GRANT[g]));
        if (!add_variant(k, mem, at, stem + strlen(GRANT[g]), program))
            return false;
    }
    if (three_words(p, stem)) {
        memcpy(*at, p, stem);
        if (!add_variant(k, mem, at, stem, program))
            return false;
    }
    return true;
}

/* The head variants (lower_heads) of every known program's name and
 * aliases, and a grant program's grant variants: one block of memory, then
 * a dictionary entry each. */
static bool add_head_variants(cpi_knowledge *k, const cpi_mem *mem) {
    /* (a name of n bytes gives at most n + 1 for its head variant and,
     * with " Program" in it, 3n - 8 for its grant variants) */
    size_t total = 0;
    for (size_t i = 0; i < cpi_known_program_count; i++)
        total += 4 * (strlen(cpi_known_programs[i].name) +
                      strlen(cpi_known_programs[i].aliases) + 2);
    k->head_variants = cpi_mem_alloc(mem, total + 1);
    if (!k->head_variants)
        return false;
    char *at = k->head_variants;
    for (size_t i = 0; i < cpi_known_program_count; i++) {
        const char *lists[2] = {cpi_known_programs[i].name,
                                cpi_known_programs[i].aliases};
        bool grant = strcmp(cpi_known_programs[i].kind, "grant") == 0;
        for (size_t l = 0; l < 2; l++) {
            for (const char *p = lists[l]; *p;) {
                const char *bar = strchr(p, '|');
                size_t n = bar ? (size_t)(bar - p) : strlen(p);
                size_t len = n ? lower_heads(p, n, at) : 0;
                if (len) {
                    if (!cpi_dict_add(mem, &k->programs, at, len, (uint32_t)i))
                        return false;
                    at += len + 1;
                }
                if (grant && n && !add_grant_variants(k, mem, &at, p, n, i))
                    return false;
                p += n;
                if (*p == '|')
                    p++;
            }
        }
    }
    assert((size_t)(at - k->head_variants) <= total);
    return true;
}

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
    for (size_t i = 0; i < cpi_joined_name_count; i++)
        if (!cpi_dict_add_list(mem, &k->joined, cpi_joined_names[i].name, (uint32_t)i))
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
    if (!add_head_variants(k, mem) || !cpi_titles_add(mem, &k->titles))
        goto fail;
    if (!cpi_dict_sort(mem, &k->titles) || !cpi_dict_sort(mem, &k->programs) ||
        !cpi_dict_sort(mem, &k->states) || !cpi_dict_sort(mem, &k->postal) ||
        !cpi_dict_sort(mem, &k->regions) || !cpi_dict_sort(mem, &k->joined) ||
        !cpi_dict_sort(mem, &k->agencies) || !cpi_dict_sort(mem, &k->presidents))
        goto fail;
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
    cpi_dict_release(mem, &k->joined);
    cpi_dict_release(mem, &k->agencies);
    cpi_dict_release(mem, &k->presidents);
    cpi_dict_release(mem, &k->programs);
    cpi_mem_free(mem, k->head_variants);
    k->head_variants = NULL;
    cpi_dict_release(mem, &k->titles);
}

/* Hash indexes of the sorted gazetteer (generated with the tables): slot
 * cpi_hash_str(key) mod the size, or the next free one, holds 1 + the first
 * row of each key; 0 is empty. Twice as many slots as keys: a name the
 * gazetteer lacks ("Justice News") costs a slot or two. */
static const uint16_t PLACE_INDEX[] = {
#include "tables/place_index.inc"
};
static const uint16_t COUNTY_INDEX[] = {
#include "tables/county_index.inc"
};
#define INDEX_SIZE(index) (sizeof(index) / sizeof((index)[0]))
_Static_assert((INDEX_SIZE(PLACE_INDEX) & (INDEX_SIZE(PLACE_INDEX) - 1)) == 0,
               "index sizes are powers of two");
_Static_assert((INDEX_SIZE(COUNTY_INDEX) & (INDEX_SIZE(COUNTY_INDEX) - 1)) == 0,
               "index sizes are powers of two");

static inline bool same_key(const char *a, const char *b) {
    size_t i = 0;
    while (a[i] == b[i] && a[i])
        i++;
    return a[i] == b[i];
}

/* The rows of a sorted table whose key is `key`: its first row from the
 * index, then the rows after it with the same key (the same string in the
 * table, identical literals of one file, else compared). */
#define FIND_BY_KEY(table, count, index, key, first)                                      \
    do {                                                                                 \
        size_t mask = INDEX_SIZE(index) - 1;                                             \
        *(first) = 0;                                                                    \
        for (size_t h = cpi_hash_str(key) & mask; (index)[h]; h = (h + 1) & mask) {      \
            size_t row = (index)[h] - 1u, end = row + 1;                                 \
            if (!same_key((table)[row].key, (key)))                                      \
                continue;                                                                \
            while (end < (count) && ((table)[end].key == (table)[row].key ||             \
                                     same_key((table)[end].key, (key))))                 \
                end++;                                                                   \
            *(first) = row;                                                              \
            return end - row;                                                            \
        }                                                                                \
        return 0;                                                                        \
    } while (0)

size_t cpi_find_places(const char *key, size_t *first) {
    FIND_BY_KEY(cpi_places, cpi_place_count, PLACE_INDEX, key, first);
}

size_t cpi_find_counties(const char *key, size_t *first) {
    FIND_BY_KEY(cpi_counties, cpi_county_count, COUNTY_INDEX, key, first);
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
