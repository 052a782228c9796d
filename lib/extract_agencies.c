/* Extraction of federal agencies: every name, alias or acronym of the agency
 * table found at a word start ("Bureau of Alcohol, Tobacco, Firearms and
 * Explosives", "ATF", "the Justice Department"), longest first. */
#include <assert.h>
#include <string.h>

#include "extract.h"
#include "hash.h"

/* A test before the dictionary at each capitalised word (made by
 * extract_officials, which also needs the run for its titles): a phrase found
 * there has the word's run of ASCII letters as its own first run (it ends
 * at a word boundary or goes on with a non-letter: "U.S. Marshals",
 * "ATF's"), so only a run of a length listed for its capital can start one
 * ("Officials", "Deputy" cannot, and skip the dictionary's scan). Bit L of
 * cpi_agency_runs[c - 'A']: some phrase starts with c and a run of L letters
 * (L < 16). Made from lib/tables/agencies.inc; debug builds check it
 * against the dictionary. */
#define RUN(len) (UINT32_C(1) << (len))
const uint32_t cpi_agency_runs[26] = {
    ['A' - 'A'] = RUN(3) | RUN(7),                    /* ATF Alcohol */
    ['B' - 'A'] = RUN(3) | RUN(6),                    /* BIA ... BOP Border Bureau */
    ['C' - 'A'] = RUN(3) | RUN(4) | RUN(5) | RUN(7) | RUN(8) | RUN(9), /* CBP COPS Civil ... */
    ['D' - 'A'] = RUN(3) | RUN(4) | RUN(7) | RUN(10), /* DEA ... Drug Defense Department */
    ['E' - 'A'] = RUN(5) | RUN(9),                    /* EOUSA Education Executive */
    ['F' - 'A'] = RUN(3) | RUN(4) | RUN(6) | RUN(7) | RUN(9), /* FBI FEMA FinCEN Federal ... */
    ['H' - 'A'] = RUN(3) | RUN(8),                    /* HHS HSI HUD Homeland */
    ['I' - 'A'] = RUN(3) | RUN(8) | RUN(11),          /* ICE IRS INTERPOL Interior Immigration */
    ['J' - 'A'] = RUN(7),                             /* Justice */
    ['L' - 'A'] = RUN(5),                             /* Labor */
    ['M' - 'A'] = RUN(8),                             /* Marshals */
    ['N' - 'A'] = RUN(3) | RUN(8),                    /* NIJ NSD National */
    ['O' - 'A'] = RUN(3) | RUN(5) | RUN(6),           /* OJP OVC OVW OJJDP ONDCP Office */
    ['P' - 'A'] = RUN(6) | RUN(8),                    /* Postal Pentagon */
    ['S' - 'A'] = RUN(5) | RUN(6) | RUN(9),           /* SMART State SAMHSA Secret Substance */
    ['T' - 'A'] = RUN(3) | RUN(8) | RUN(14),          /* TSA Treasury Transportation */
    ['U' - 'A'] = RUN(1) | RUN(2) | RUN(4) | RUN(5) | RUN(6), /* U.S. US USAO USPIS United */
    ['W' - 'A'] = RUN(5),                             /* White */
};
#undef RUN

#ifndef NDEBUG
/* May an agency's phrase start at the capital c whose run of letters is
 * `run` long (cpi_letter_run up to 16)? No phrase's first run has 16
 * letters or more. (extract_officials tests this before cpi_agency_at;
 * debug builds check it there and check the table.) */
static bool agency_may_start(char c, size_t run) {
    return run < 16 && ((cpi_agency_runs[c - 'A'] >> run) & 1);
}
#endif

/* The document's entity for the agency of `row` with the mention m added;
 * NULL when out of memory. */
static cp_agency *add_agency_mention(cpi_extract *x, const cpi_agency *row, cp_mention m) {
    size_t hash = cpi_hash_str(row->id); /* (once, for the look-up and the adding) */
    cp_agency *a = cpi_registry_find_hashed(&x->model->agency_reg, row->id, hash);
    if (!a) {
        a = cpi_model_entity(x->model, sizeof *a);
        if (!a)
            return NULL;
        a->row = row;
        if (!cpi_registry_add_hashed(x->model, &x->model->agency_reg, a, hash))
            return NULL;
    }
    return cpi_mention_list_push(x->model, &a->mentions, &m) ? a : NULL;
}

bool cpi_agency_at(cpi_extract *x, size_t b, const char *t, size_t n, size_t i, size_t *end) {
    assert(agency_may_start(t[i], cpi_letter_run(t, n, i, 16)));
    /* (a capital of the index starts a word: no boundary test) */
    const cpi_dict_entry *e = cpi_dict_scan(&x->k->agencies, t, n, i, false, true);
    if (!e)
        return true;
    /* the entity the mention went to is the hit's: no second look-up */
    cp_agency *a = add_agency_mention(x, &cpi_agencies[e->value],
                                      cpi_mention_at(x, &x->doc->blocks[b], i, i + e->len));
    if (!a || !cpi_hit_add(x, &x->agency_hits, &x->agency_hit_count, &x->agency_hit_cap, b, i,
                           i + e->len, a))
        return false;
    *end = i + e->len;
    return true;
}

/* The agencies are read on extract_officials' walk over the capitals (one
 * walk for both, one look at each capital's first three bytes): nothing
 * is left to do here but, in debug builds, check the filters. */
bool cpi_extract_agencies(cpi_extract *x) {
#ifndef NDEBUG
    assert(!x->k->agencies.shorts); /* (cpi_agency_at's callers try three bytes) */
    for (size_t k = 0; k < x->k->agencies.count; k++) {
        const cpi_dict_entry *e = &x->k->agencies.entries[k];
        assert(cpi_is_upper(e->phrase[0]) &&
               agency_may_start(e->phrase[0], cpi_letter_run(e->phrase, e->len, 0, 16)));
    }
#else
    (void)x;
#endif
    return true;
}
