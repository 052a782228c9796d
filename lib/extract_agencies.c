/* Extraction of federal agencies: every name, alias or acronym of the agency
 * table found at a word start ("Bureau of Alcohol, Tobacco, Firearms and
 * Explosives", "ATF", "the Justice Department"), longest first. */
#include <assert.h>
#include <string.h>

#include "extract.h"

/* A test before the dictionary at each capitalised word: a phrase found
 * there has the word's run of ASCII letters as its own first run (it ends
 * at a word boundary or goes on with a non-letter: "U.S. Marshals",
 * "ATF's"), so only a run of a length listed for its capital can start one
 * ("Officials", "Deputy" cannot, and skip the dictionary's scan). Bit L of
 * AGENCY_RUNS[c - 'A']: some phrase starts with c and a run of L letters
 * (L < 16). Made from lib/tables/agencies.inc; debug builds check it
 * against the dictionary. */
#define RUN(len) (UINT32_C(1) << (len))
static const uint32_t AGENCY_RUNS[26] = {
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

/* May an agency's phrase start at the capital t[i]? No phrase's first run
 * has 16 letters or more. */
static bool agency_may_start(const char *t, size_t n, size_t i) {
    uint32_t runs = AGENCY_RUNS[t[i] - 'A'];
    if (!runs)
        return false;
    size_t run = cpi_letter_run(t, n, i, 16);
    return run < 16 && ((runs >> run) & 1);
}

/* Can a phrase of d start at the word start t[i]? The dictionary's own
 * filter on three bytes (none of its phrases is shorter), inline: it turns
 * away nearly every capital in a dozen instructions, before the run of
 * letters is measured. */
static inline bool phrase_may_start(const cpi_dict *d, const char *t, size_t n, size_t i) {
    const unsigned char *u = (const unsigned char *)t + i;
    return n - i >= 3 && cpi_dict_has_bit(d->triples, cpi_dict_triple_bit(u[0], u[1], u[2]));
}

static bool add_agency_mention(cpi_extract *x, const cpi_agency *row, cp_mention m) {
    cp_agency *a = cpi_registry_find(&x->model->agency_reg, row->id);
    if (!a) {
        a = cpi_model_entity(x->model, sizeof *a);
        if (!a)
            return false;
        a->row = row;
        if (!cpi_registry_add(x->model, &x->model->agency_reg, a))
            return false;
    }
    return cpi_mention_list_push(x->model, &a->mentions, &m);
}

bool cpi_extract_agencies(cpi_extract *x) {
    const cp_document *doc = x->doc;
#ifndef NDEBUG
    for (size_t k = 0; k < x->k->agencies.count; k++) {
        const cpi_dict_entry *e = &x->k->agencies.entries[k];
        assert(cpi_is_upper(e->phrase[0]) && agency_may_start(e->phrase, e->len, 0));
    }
#endif
    const cpi_dict *dict = &x->k->agencies;
    assert(!dict->shorts); /* (phrase_may_start tries three bytes only) */
    for (size_t b = 0; b < doc->block_count; b++) {
        const cp_block *blk = &doc->blocks[b];
        if (!cpi_block_readable(blk, true))
            continue;
        const char *t = cpi_block_text(blk);
        size_t n = blk->text_size;
        /* the block's capitals one after the other, without
         * cpi_capitals_next's search for each; those inside a name found
         * are passed over */
        cpi_capitals caps = cpi_capitals_of(x, b);
        size_t resume = 0;
        for (const uint32_t *at = caps.at; at < caps.end; at++) {
            size_t i = *at;
            if (i < resume || !phrase_may_start(dict, t, n, i) || !agency_may_start(t, n, i))
                continue;
            /* (a capital of the index starts a word: no boundary test) */
            const cpi_dict_entry *e = cpi_dict_scan(dict, t, n, i, false, true);
            if (!e)
                continue;
            if (!add_agency_mention(x, &cpi_agencies[e->value], cpi_mention_of(x, blk, i, i + e->len)) ||
                !cpi_hit_add(x, &x->agency_hits, &x->agency_hit_count, &x->agency_hit_cap, b, i,
                             i + e->len, cpi_registry_find(&x->model->agency_reg, cpi_agencies[e->value].id)))
                return false;
            resume = i + e->len + 1;
        }
    }
    return true;
}
